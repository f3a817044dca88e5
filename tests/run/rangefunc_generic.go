package main

import (
	"fmt"
	"iter"
	"strings"
)

type List[T any] struct {
	items []T
}

func (l *List[T]) Push(v T) { l.items = append(l.items, v) }

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range l.items {
			if !yield(i, v) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq2[int, T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func FirstPair(a, b iter.Seq[string]) (string, string) {
	for x := range a {
		for y := range b {
			if x+y == "bc" {
				return x, y
			}
		}
	}
	return "", ""
}

func Words(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, w := range strings.Fields(s) {
			if !yield(w) {
				return
			}
		}
	}
}

func main() {
	var l List[string]
	for _, w := range []string{"apple", "kiwi", "banana", "fig"} {
		l.Push(w)
	}
	for w := range Filter(l.All(), func(s string) bool { return len(s) > 3 }) {
		fmt.Println(w)
	}
	fmt.Println(FirstPair(Words("a b c"), Words("a b c")))
	count := 0
loop:
	for w := range Words("x y stop z") {
		switch w {
		case "stop":
			break loop
		case "y":
			continue loop
		}
		count++
		fmt.Println("word", w)
	}
	fmt.Println(count)
	fns := []func() string{}
	for w := range Words("p q") {
		fns = append(fns, func() string { return w })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	defer fmt.Println("done")
	for w := range Words("boom") {
		panic(w)
	}
}
