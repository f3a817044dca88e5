// A package variable of 1 GiB: zeroed data is not materialised in the program's
// cached image, and its replay still reaches the rest of the data.
package main

var a [1 << 30]byte

func main() {
	a[1<<29] = 7
	println(a[0], a[1<<29], len(a))
}
