package main

import "fmt"

func Ptr[T any](v T) *T { return &v }

func Deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

func SwapPtr[T any](a, b *T) { *a, *b = *b, *a }

type Node[T any] struct {
	Val  T
	Next *Node[T]
}

func Push[T any](head **Node[T], v T) { *head = &Node[T]{v, *head} }

func Reverse[T any](n *Node[T]) *Node[T] {
	var prev *Node[T]
	for n != nil {
		n, n.Next, prev = n.Next, prev, n
	}
	return prev
}

func Values[T any](n *Node[T]) []T {
	var out []T
	for ; n != nil; n = n.Next {
		out = append(out, n.Val)
	}
	return out
}

type config struct {
	Name    *string
	Retries *int
}

func main() {
	c := config{Name: Ptr("svc")}
	fmt.Println(Deref(c.Name, "none"), Deref(c.Retries, 3))
	a, b := 1, 2
	SwapPtr(&a, &b)
	fmt.Println(a, b)
	var head *Node[string]
	for _, s := range []string{"a", "b", "c"} {
		Push(&head, s)
	}
	fmt.Println(Values(head), Values(Reverse(head)))
	pp := Ptr(Ptr(7))
	**pp++
	fmt.Println(**pp)
}
