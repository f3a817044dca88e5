package main

import "fmt"

func divide(a, b int) int {
	fmt.Println("dividing", a, b)
	return a / b
}

func compute() int {
	fmt.Println("computing")
	return divide(10, 0) + 1
}

func main() {
	fmt.Println(compute())
}
