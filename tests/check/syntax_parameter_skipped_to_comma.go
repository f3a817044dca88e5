// What cannot start a parameter is skipped to the next comma, which gc's list
// takes as the separator before the next parameter (here on a later line).
package main

func main( {
	var x any = "str"
	n, ok := x.(int)
	println(n, ok)
}
