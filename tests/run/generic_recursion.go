package main

import (
	"cmp"
	"fmt"
)

func MergeSort[T cmp.Ordered](xs []T) []T {
	if len(xs) <= 1 {
		return xs
	}
	m := len(xs) / 2
	a, b := MergeSort(xs[:m]), MergeSort(xs[m:])
	out := make([]T, 0, len(xs))
	for len(a) > 0 && len(b) > 0 {
		if b[0] < a[0] {
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:]
		}
	}
	return append(append(out, a...), b...)
}

// Tree and Forest refer to each other.
type Tree[T any] struct {
	Val  T
	Kids Forest[T]
}

type Forest[T any] []*Tree[T]

func (t *Tree[T]) Size() int { return 1 + t.Kids.Size() }

func (f Forest[T]) Size() int {
	n := 0
	for _, t := range f {
		n += t.Size()
	}
	return n
}

func Depth[T any](t *Tree[T]) int {
	d := 0
	for _, k := range t.Kids {
		d = max(d, Depth(k))
	}
	return d + 1
}

func Fold[T, A any](t *Tree[T], acc A, f func(A, T) A) A {
	acc = f(acc, t.Val)
	for _, k := range t.Kids {
		acc = Fold(k, acc, f)
	}
	return acc
}

func main() {
	fmt.Println(MergeSort([]int{5, 2, 9, 1, 5, 6}), MergeSort([]string{"b", "a", "c"}), MergeSort[float64](nil))
	t := &Tree[string]{"root", Forest[string]{{Val: "a"}, {"b", Forest[string]{{Val: "c"}}}}}
	fmt.Println(t.Size(), Depth(t), Fold(t, "", func(a string, v string) string { return a + v + "/" }))
	fmt.Println(Fold(t, 0, func(n int, v string) int { return n + len(v) }))
}
