package main

import "fmt"

//go:noinline
var z int

type (
	//go:noinline
	A int
)

//go:build x
func main() {
	fmt.Println(z)
}
