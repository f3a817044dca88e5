package main

import (
	"fmt"
	"strconv"
)

type Box struct{ n int }

func (b Box) Scale[T ~int | ~float64](x T) T { return x * T(b.n) }

func (b *Box) Add[T ~int | ~int64](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	b.n += int(s)
	return s
}

func (b Box) Pair[K comparable, V any](k K, v V) map[K]V { return map[K]V{k: v} }

type List[E any] struct{ items []E }

func (l *List[E]) Push(e E) { l.items = append(l.items, e) }

func (l *List[E]) Map[U any](f func(E) U) *List[U] {
	out := &List[U]{}
	for _, e := range l.items {
		out.Push(f(e))
	}
	return out
}

func (l *List[E]) Fold[A any](acc A, f func(A, E) A) A {
	for _, e := range l.items {
		acc = f(acc, e)
	}
	return acc
}

type Celsius float64
type MyInt int

// a generic method used inside a generic function
func total[T ~int](b *Box, xs []T) T { return b.Add(xs...) }

type Wrapper struct {
	Box // promotes Scale, Add, Pair
	name string
}

type Stringer interface{ String() string }

func (b Box) String() string { return "Box(" + strconv.Itoa(b.n) + ")" }

func main() {
	b := Box{3}
	fmt.Println(b.Scale(2), b.Scale(1.5), b.Scale[int](4), b.Scale(Celsius(2.5)))
	fmt.Println(b.Add(1, 2, 3), b.n, b.Add[int64](), b.Add(MyInt(4)), b.n)
	fmt.Println(b.Pair("a", 1), b.Pair[int, []string](7, []string{"x"}))

	// method values and expressions
	f := b.Scale[float64]
	b.n = 10
	fmt.Println(f(2), b.Scale[float64](2))
	g := Box.Scale[int]
	h := (*Box).Add[int]
	fmt.Println(g(Box{5}, 6), h(&b, 1, 1), b.n)
	fmt.Println(Box.Scale(Box{7}, 3))

	// a generic type's generic methods
	l := &List[int]{}
	for i := 1; i <= 5; i++ {
		l.Push(i)
	}
	strs := l.Map(func(i int) string { return strconv.Itoa(i * i) })
	fmt.Println(strs.items, len(strs.items))
	lens := strs.Map(func(s string) int { return len(s) })
	fmt.Println(lens.items, l.Fold(0, func(a, e int) int { return a + e }))
	fmt.Println(strs.Fold("", func(a string, e string) string { return a + e + ";" }))
	fmt.Println(l.Map[float64](func(i int) float64 { return float64(i) / 2 }).items)

	// through embedding and a generic function
	w := &Wrapper{Box{2}, "w"}
	fmt.Println(w.Scale(21), w.Add(5), w.n, total(&b, []MyInt{1, 2}), b.n)

	// the other methods still make interfaces
	var s Stringer = b
	fmt.Println(s.String(), s)
	fmt.Printf("%v %+v\n", b, w)

	defer func() { fmt.Println("recovered:", recover()) }()
	var nilList *List[int]
	nilList.Map(func(i int) int { return i })
}
