package main

import "fmt"

//go:linkname
//go:linkname a
//go:linkname a b c d
//go:wasmimport m
//go:wasmexport
//go:embed
//go:embed "x\q"
//go:embed `y
var v string

//go:cgo_unsafe_args
func main() {
	fmt.Println(v)
}
