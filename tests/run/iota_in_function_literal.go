package main

import (
	"fmt"
	"unsafe"
)

const (
	a = iota
	b = unsafe.Sizeof(func() { _ = iota })
	c = len([iota]byte{})
	d = unsafe.Sizeof(func() {
		var x [iota]int
		const (
			Z = iota
			O
		)
		var y [iota]int
		fmt.Println(len(x), len(y), Z, O)
	})
)

var f = func() int { return 7 }

func main() {
	fmt.Println(a, b, c, d, f())
}
