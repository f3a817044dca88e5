// What gc says when an identifier that names no type stands where a type
// must: it names the kind of object the identifier is.
package main

var global int

const limit = 3

func helper() {}

type point struct{ x int }

func (p point) method(arg int) (res int) {
	var a p
	var b arg
	var c res
	_, _, _ = a, b, c
	return
}

func main() {
	local := 1
	var a global
	var b limit
	var c helper
	var d local
	var e len
	var f nil
	var g iota
	_, _, _, _, _, _, _ = a, b, c, d, e, f, g
}
