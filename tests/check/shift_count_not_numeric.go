// A constant shift count that is no number: gc cannot convert it to uint
// (it is not truncated, as a float count is).
package main

func main() {
	var b [4]int
	var s uint = 2
	_ = b[1<<"x"-1]
	_ = 1 << "y"
	_ = s << "z"
	_ = s << 1.5
	_ = s << true
	var u uint = "w"
	_ = u
}
