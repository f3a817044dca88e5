package main

import "fmt"

type Num interface {
	~int | ~int64 | ~float64
}

func Sum[T Num](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func Max[T int | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func First[S ~[]E, E any](s S) (E, bool) {
	if len(s) == 0 {
		var zero E
		return zero, false
	}
	return s[0], true
}

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }
func (s *Stack[T]) Pop() T {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}

func Ptr[T any](v T) *T { return &v }

func Conv[From, To Num](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func Chan[T any](xs []T) <-chan T {
	c := make(chan T, len(xs))
	for _, x := range xs {
		c <- x
	}
	close(c)
	return c
}

type Tree[T interface{ Less(T) bool }] struct {
	root *node[T]
}

type node[T interface{ Less(T) bool }] struct {
	v           T
	left, right *node[T]
}

func (t *Tree[T]) Insert(v T) {
	p := &t.root
	for *p != nil {
		if v.Less((*p).v) {
			p = &(*p).left
		} else {
			p = &(*p).right
		}
	}
	*p = &node[T]{v: v}
}

type I int

func (a I) Less(b I) bool { return a < b }

func Bytes[T ~string | ~[]byte](x T) int {
	n := 0
	for i := 0; i < len(x); i++ {
		n += int(x[i])
	}
	return n + len(x[1:])
}

func Zero[T any]() (z T) { return }

func Apply[T any, F ~func(T) T](x T, f F) T { return f(x) }

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Eq[T comparable](a, b T) bool { return a == b }

func Shl[T ~int | ~uint8](x T, n uint) T { return x<<n | 1 }

func Neg[T ~int | ~float64](x T) T { return -x * 2 / 1 }

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Max("a", "b"), Max(3, 2))
	fmt.Println(Pair[string, int]{"a", 1})
	fmt.Println(len(Keys(map[string]int{"x": 1})))
	fmt.Println(First([]int{4, 5}))
	var s Stack[string]
	s.Push("x")
	s.Push("y")
	fmt.Println(s.Pop(), *Ptr(3))
	fmt.Println(Conv[int, float64]([]int{1, 2}))
	for v := range Chan([]int{7, 8}) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	var t Tree[I]
	t.Insert(3)
	t.Insert(1)
	fmt.Println(t.root.v, t.root.left.v)
	fmt.Println(Bytes("ab"), Bytes([]byte{1, 2}), Zero[string]() == "", Apply(2, func(x int) int { return x * 3 }))
	fmt.Println(Filter([]int{1, 2, 3, 4}, func(x int) bool { return x%2 == 0 }), Eq(1, 1), Shl(3, 2), Neg(2.5))
}
