package main

import "fmt"

type List[T any] struct {
	items []T
}

func (l *List[T]) At(i int) T { return l.items[i] }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	l := &List[string]{items: []string{"a"}}
	fmt.Println(l.At(0))
	Map([]int{1, 2, 0}, func(n int) int { return 10 / n })
}
