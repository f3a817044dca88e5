package main

import "fmt"

type List[T any] struct {
	head *elem[T]
	n    int
}

type elem[T any] struct {
	val  T
	next *elem[T]
}

func (l *List[T]) Push(v T) {
	l.head = &elem[T]{v, l.head}
	l.n++
}

func (l List[T]) Slice() []T {
	var out []T
	for e := l.head; e != nil; e = e.next {
		out = append(out, e.val)
	}
	return out
}

type Set[T comparable] struct{ m map[T]bool }

func NewSet[T comparable](vs ...T) Set[T] {
	s := Set[T]{map[T]bool{}}
	for _, v := range vs {
		s.m[v] = true
	}
	return s
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func MakePair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Sum(f func(T) int) int {
	if t == nil {
		return 0
	}
	return t.Left.Sum(f) + f(t.Val) + t.Right.Sum(f)
}

func main() {
	var l List[int]
	l.Push(1)
	l.Push(2)
	p := MakePair(l, NewSet("x", "y"))
	fmt.Printf("%T\n", p)
	fmt.Println(p.First.Slice(), len(p.Second.m), p.First.n)
	q := p.Swap()
	fmt.Printf("%T\n", q)
	pp := Pair[Pair[int, string], []Pair[bool, float64]]{Pair[int, string]{1, "a"}, []Pair[bool, float64]{{true, 1.5}}}
	fmt.Printf("%v\n%+v\n%T\n", pp, pp, pp)
	t := &Tree[string]{Val: "ab", Left: &Tree[string]{Val: "c"}, Right: &Tree[string]{Val: "def"}}
	fmt.Println(t.Sum(func(s string) int { return len(s) }))
	var m map[Pair[int, int]]List[string]
	fmt.Printf("%T %v\n", m, m == nil)
	ch := make(chan Pair[int, error], 1)
	ch <- MakePair[int, error](1, nil)
	fmt.Printf("%v %T\n", <-ch, ch)
}
