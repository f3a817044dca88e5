package main

import "fmt"

// An operation that fails after its operands were checked leaves an operand
// that still has the left operand's type: the argument-count error lists it.

func get(a [4]string, i int) string { return a[i] }

func pair(x, y int) int { return x + y }

func main() {
	var a [4]string
	fmt.Println(get(a - 2))
	fmt.Println(pair(1.5 % "x"))
}
