package main

import "fmt"

type List[T any] struct{ items []T }

func (l *List[T]) Add(v T) *List[T] {
	l.items = append(l.items, v)
	return l
}

// Generic aliases (Go 1.24) stand for their target with the arguments substituted.
type L[T any] = List[T]

type Pairs[K comparable, V any] = map[K][]V

type IntList = List[int]

func main() {
	var l L[int]
	l.Add(1).Add(2)
	var il IntList = l
	fmt.Printf("%v %T %T\n", il.items, l, il)
	p := Pairs[string, int]{"a": {1, 2}}
	fmt.Printf("%v %T\n", p, p)
}
