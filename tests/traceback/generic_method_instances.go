package main

type Box struct{ n int }

func (b *Box) Get[T any](xs []T) T { return xs[b.n] }

type List[E any] struct{ items []E }

func (l *List[E]) At[U any](i int, f func(E) U) U { return f(l.items[i]) }

func main() {
	b := &Box{1}
	println(b.Get([]int{1, 2}))
	l := &List[string]{[]string{"a"}}
	println(l.At(0, func(s string) int { return len(s) }))
	println(l.At(3, func(s string) int { return len(s) }))
}
