package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type List[T any] struct {
	head *node[T]
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Push(v T) { l.head = &node[T]{v, l.head} }

// All iterates from the most recently pushed value.
func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := l.head; n != nil; n = n.next {
			if !yield(n.v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func main() {
	var l List[string]
	for _, w := range strings.Fields("one two three four") {
		l.Push(w)
	}
	for w := range l.All() {
		if w == "two" {
			break
		}
		fmt.Print(w, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(Take(Map(Naturals(), func(i int) int { return i * i }), 5)))
	for i, s := range Enumerate(Map(l.All(), strings.ToUpper)) {
		fmt.Print(i, s, " ")
	}
	fmt.Println()
	m := maps.Collect(Enumerate(l.All()))
	fmt.Println(len(m), m[0], slices.Sorted(maps.Values(m)))
	total := 0
	for k, v := range maps.All(map[string]int{"a": 1, "b": 2}) {
		total += len(k) + v
	}
	fmt.Println(total)
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(c)
	}
	fmt.Println()
}
