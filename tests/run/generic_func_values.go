package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

func Id[T any](x T) T { return x }

func Double[T ~int | ~float64](x T) T { return x * 2 }

func apply(f func(int) int, x int) int { return f(x) }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

type transform func(string) string

func run(ts []transform, s string) string {
	for _, t := range ts {
		s = t(s)
	}
	return s
}

func Repeat2[S ~string](s S) S { return s + s }

func main() {
	var f func(int) int = Id
	var g func(float64) float64 = Double
	fmt.Println(f(3), g(1.25), apply(Double, 21))
	h := Id[string]
	fmt.Println(h("s"))
	xs := []int{3, 1, 2}
	slices.SortFunc(xs, cmp.Compare[int])
	fmt.Println(xs, Map(xs, strconv.Itoa), Map([]string{"a", "b"}, strings.ToUpper))
	fmt.Println(run([]transform{strings.TrimSpace, Repeat2[string], strings.ToUpper}, "  go "))
	fs := map[string]func(float64) float64{"double": Double[float64], "id": Id[float64]}
	fmt.Println(fs["double"](4), fs["id"](4))
	var k func(int) int
	k = Double
	fmt.Printf("%v %T\n", k(5), k)
}
