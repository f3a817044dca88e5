package main

import "fmt"

func main() {
	//go:noinline
	x := 1
	var y string = 2
	fmt.Println(x, y) //go:noinline
}

//go:noinline
var z int
