package main

import (
	"fmt"
	"sort"
	"strings"
)

type Base[T any] struct {
	items []T
}

func (b *Base[T]) Add(v T)   { b.items = append(b.items, v) }
func (b *Base[T]) Len() int  { return len(b.items) }
func (b Base[T]) At(i int) T { return b.items[i] }

// Sorted embeds a generic type: its methods are promoted, as with any embedding.
type Sorted[T any] struct {
	Base[T]
	less func(a, b T) bool
}

func (s *Sorted[T]) Less(i, j int) bool { return s.less(s.items[i], s.items[j]) }
func (s *Sorted[T]) Swap(i, j int)      { s.items[i], s.items[j] = s.items[j], s.items[i] }

func (s *Sorted[T]) String() string {
	parts := make([]string, s.Len())
	for i := range parts {
		parts[i] = fmt.Sprint(s.At(i))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

type Named interface{ Name() string }

type Animal struct{ name string }

func (a Animal) Name() string { return a.name }

type Registry[T Named] struct {
	*Base[T]
	byName map[string]T
}

func NewRegistry[T Named]() Registry[T] {
	return Registry[T]{&Base[T]{}, map[string]T{}}
}

func (r Registry[T]) Register(v T) {
	r.Add(v)
	r.byName[v.Name()] = v
}

func main() {
	s := &Sorted[int]{less: func(a, b int) bool { return a > b }}
	for _, v := range []int{3, 1, 4, 1, 5} {
		s.Add(v)
	}
	sort.Sort(s) // *Sorted[int] implements sort.Interface
	fmt.Println(s, s.Len())
	var st fmt.Stringer = s
	fmt.Println(st.String())
	r := NewRegistry[Animal]()
	r.Register(Animal{"cat"})
	r.Register(Animal{"dog"})
	fmt.Println(r.Len(), r.byName["dog"].Name(), r.At(0))
	fmt.Printf("%T %T\n", s.Base, r)
}
