package main

import "fmt"

type List[T any] struct {
	items []T
}

func (l *List[T]) Push(v T) { l.items = append(l.items, v) }

func (l *List[T]) Sum() T {
	var s T
	for _, v := range l.items {
		s += v
	}
	return s
}

func (l *List[T]) Bad() int { return l.nope }

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Use[T any](xs []T) []string {
	return Map(xs, func(x T) string { return fmt.Sprint(x) })
}

func Bad2[T comparable](xs []T) map[T]int {
	m := map[T]int{}
	for _, x := range xs {
		m[x]++
	}
	var y int = xs[0]
	return m
}

func main() {}
