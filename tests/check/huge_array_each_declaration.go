// A huge array type is reported at each declaration that spells it, as gc
// does (each type literal is a type of its own, sized once), and once where
// two names share one spelling, or a named type is used again.
package main

type V [1 << 50]byte

var X [1 << 50]byte

var A, B [1 << 50]byte

var p, q *V

type W V

func f(x [1 << 50]byte) {}

func main() {
	var y [1 << 50]byte
	_ = y
	var v V
	_ = v
}
