// A function literal passed to a generic function inlined into its caller is
// called directly and inlined too: a panic in it prints the literal and the
// generic function as inlined frames, as Go does.
package main

import "fmt"

func Reduce[T, A any](xs []T, acc A, f func(A, T) A) A {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	xs := []int{5, 4, 3, 2, 1, 0}
	fmt.Println(Reduce(xs, 0, func(a, x int) int { return a + x }))
	fmt.Println(apply(func(x int) int { return x * 3 }, 7))
	fmt.Println(Reduce(xs, 1000, func(a, x int) int { return a / x }))
}
