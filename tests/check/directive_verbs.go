package main

import "fmt"

//go:nowritebarrierrec
//go:systemstack
func f() {}

//go:cgo_ldflag "-lm"
//go:cgo_import_static
//go:cgo_export_dynamic a "b"
//go:cgo_import_dynamic x y "lib.so"
//go:uintptrkeepalive
//go:uintptrescapes
func g(uintptr) {}

func main() {}
