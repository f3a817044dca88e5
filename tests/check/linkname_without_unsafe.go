package main

import "fmt"

//go:linkname f runtime.f
func f() {}

//go:embed a.txt
var s string

//go:embed a.txt
const c = 1

func main() {
	fmt.Println(s)
}
