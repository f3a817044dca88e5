package main

import (
	"fmt"
	_ "unsafe"
)

type t int

var x, y int

//go:linkname x here
//go:linkname y there
//go:linkname t elsewhere
//go:linkname nothing anywhere
//go:linkname x again
//go:linkname f pkg.f[int]
func f() {}

func main() {
	fmt.Println(x, y)
}
