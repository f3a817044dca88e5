package main

import "fmt"

func main() {
	x := 5
	f := 1.5
	fmt.Println(~x, ~f)
	const c = ~1
}
