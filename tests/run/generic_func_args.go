package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
)

func Apply[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Double[T ~int | ~float64](x T) T { return 2 * x }

func main() {
	fmt.Println(Apply([]int{4}, Double), Apply([]float64{0.25}, Double))
	xs := []int{3, 1, 2}
	slices.SortFunc(xs, cmp.Compare)
	fmt.Println(xs, slices.IsSortedFunc(xs, cmp.Compare))
	fs := []float64{2.5, -1}
	slices.SortFunc(fs, cmp.Compare)
	fmt.Println(fs)
	fmt.Println(Apply(xs, strconv.Itoa), Apply[int, int](xs, Double))
	fmt.Println(slices.CompareFunc([]string{"a"}, []string{"b"}, cmp.Compare))
}
