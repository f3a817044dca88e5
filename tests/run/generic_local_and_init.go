package main

import "fmt"

func Keys[K comparable, V any](m map[K]V) int { return len(m) }

func Fill[T any](n int, v T) []T {
	out := make([]T, n)
	for i := range out {
		out[i] = v
	}
	return out
}

// package-level variables initialized through instances, in dependency order
var total = Keys(table) + len(row)
var table = map[string][]int{"a": row, "b": Fill(2, 7)}
var row = Fill(3, base)
var base = 5

func main() {
	fmt.Println(total, table["a"], table["b"])
	type point struct{ x, y int }
	ps := Fill(2, point{1, 2})
	fmt.Printf("%v %T\n", ps, ps)
	type pair[T any] struct{ a, b T }
	fmt.Printf("%v %T\n", pair[string]{"x", "y"}, pair[int]{})
}
