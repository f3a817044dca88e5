package geom

import (
	"fmt"
	"iter"
	"math"
)

// Registry records the order packages were initialized in.
var Registry []string

func init() { Registry = append(Registry, "geom") }

type Shape interface {
	Area() float64
	fmt.Stringer
}

type Circle struct{ R float64 }

func (c Circle) Area() float64  { return math.Pi * c.R * c.R }
func (c Circle) String() string { return fmt.Sprintf("Circle(%g)", c.R) }

type Rect struct{ W, H float64 }

func (r *Rect) Area() float64  { return r.W * r.H }
func (r *Rect) String() string { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

func Max[T interface{ ~int | ~float64 }](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		m = max(m, x)
	}
	return m
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }
func (s *Stack[T]) Pop() T {
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}
func (s *Stack[T]) Len() int { return len(s.items) }

type point struct{ x, y int }

// Origin is a value of a type the importer cannot name.
func Origin() any { return point{} }

var ErrEmpty = fmt.Errorf("geom: empty")

// Sizes yields the names of the sizes in order.
func Sizes() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for i, s := range []string{"small", "large"} {
			if !yield(s, i+1) {
				return
			}
		}
	}
}
