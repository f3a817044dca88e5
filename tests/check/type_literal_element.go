package main

import "fmt"

// A type literal where an element of a composite literal goes parses, as in
// gc; the checker rejects it.

func main() {
	x := []any{1, map[int]int}
	y := []any{[]int, 2}
	z := map[string]any{"k": *[]string, "c": chan int}
	fmt.Println(x, y, z)
}
