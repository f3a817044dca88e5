package main

import (
	"fmt"
	"sort"
	"strings"
)

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string
}

func SortSlice[T Ordered](s []T) {
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func (s Set[T]) Len() int          { return len(s) }
func NewSet[T comparable]() Set[T] { return make(Set[T]) }

type Stringer interface{ String() string }

type Named string

func (n Named) String() string { return strings.ToUpper(string(n)) }

func Join[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

type Number interface{ ~int | ~float64 }

func Average[T Number](xs []T) float64 {
	var s T
	for _, x := range xs {
		s += x
	}
	return float64(s) / float64(len(xs))
}

type List[T any] struct {
	head *elem[T]
	size int
}

type elem[T any] struct {
	val  T
	next *elem[T]
}

func (l *List[T]) Push(v T) {
	l.head = &elem[T]{v, l.head}
	l.size++
}

func (l *List[T]) All() []T {
	var out []T
	for e := l.head; e != nil; e = e.next {
		out = append(out, e.val)
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Cache[K comparable, V any] struct {
	data map[K]V
	miss func(K) V
}

func (c *Cache[K, V]) Get(k K) V {
	if v, ok := c.data[k]; ok {
		return v
	}
	v := c.miss(k)
	if c.data == nil {
		c.data = map[K]V{}
	}
	c.data[k] = v
	return v
}

func Swap[T any](a, b *T) { *a, *b = *b, *a }

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Clamp[T Ordered](x, lo, hi T) T {
	return max(lo, min(x, hi))
}

func main() {
	xs := []string{"b", "a", "c"}
	SortSlice(xs)
	fmt.Println(xs)
	s := NewSet[int]()
	s.Add(1)
	s.Add(1)
	fmt.Println(s.Len(), s.Has(1), s.Has(2))
	fmt.Println(Join([]Named{"x", "y"}, ","))
	fmt.Println(Average([]int{1, 2, 4}))
	var l List[string]
	l.Push("a")
	l.Push("b")
	fmt.Println(l.All(), l.size)
	fmt.Println(Reduce([]int{1, 2, 3}, "", func(a string, x int) string { return a + fmt.Sprint(x) }))
	c := Cache[int, string]{miss: func(k int) string { return fmt.Sprint(k * 2) }}
	fmt.Println(c.Get(2), c.Get(2))
	a, b := 1, 2
	Swap(&a, &b)
	fmt.Println(a, b, Index([]string{"x", "y"}, "y"), Clamp(15, 0, 10), Clamp("m", "a", "k"))
	fmt.Println(Must(fmt.Sprint("ok"), nil))
}
