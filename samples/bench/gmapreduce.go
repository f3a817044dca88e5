// A generic map-filter-reduce pipeline over slices, with instances for ints,
// floats and a struct type.
package main

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	out := xs[:0:0]
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, acc A, f func(A, T) A) A {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type point struct{ x, y int }

func main() {
	xs := make([]int, 200_000)
	for i := range xs {
		xs[i] = i
	}
	total := 0
	var ftotal float64
	for round := 0; round < 30; round++ {
		sq := Map(xs, func(x int) int { return x * x % 1000 })
		even := Filter(sq, func(x int) bool { return x%2 == 0 })
		total += Reduce(even, 0, func(a, x int) int { return a + x })
		fs := Map(even, func(x int) float64 { return float64(x) / 3 })
		ftotal += Sum(fs)
		ps := Map(xs[:1000], func(x int) point { return point{x, round} })
		total += Reduce(ps, 0, func(a int, p point) int { return a + p.x*p.y })
	}
	fmt.Println(total, int64(ftotal))
}
