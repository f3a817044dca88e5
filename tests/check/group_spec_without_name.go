package main

import "fmt"

// A grouped declaration's spec that does not start with a name.

var (
	a = 1
	= f()
)

func f() int { return 2 }

func main() {
	fmt.Println(a)
}
