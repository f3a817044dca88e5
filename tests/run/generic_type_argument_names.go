// Run-time names of instances whose type arguments are local types, types of
// other packages, or literal types: gc spells type arguments as its linker
// symbols do (import paths, qualified unexported names, `·N` for local types),
// and a type declared in a generic function's body carries the instance's
// type arguments.
package main

import (
	"fmt"
	"math/rand"
	"strings"
)

type Box[T any] struct{ v T }
type Pair[K comparable, V any] struct {
	k K
	v V
}
type unexported[T any] struct{ x T }
type Name = string

func Local[A any, B comparable]() []any {
	type Cell int
	type Tagged[C any] struct{ c C }
	return []any{Cell(1), Tagged[bool]{}, Box[Cell]{}, Pair[B, Tagged[A]]{}}
}

func main() {
	type Point struct{ X, Y int }
	type id int
	values := []any{
		Point{}, Box[Point]{}, Box[Box[id]]{},
		Box[*rand.Rand]{}, Box[strings.Builder]{},
		Box[struct{ name string }]{}, Box[struct{ Name }]{},
		Box[struct{ *unexported[int] }]{},
		Box[interface{ get() int }]{}, Box[func(...id) error]{},
		Pair[id, map[string][]*Point]{},
	}
	values = append(values, Local[int, string]()...)
	values = append(values, Local[Point, id]()...)
	for _, v := range values {
		fmt.Printf("%T\n", v)
	}

	// a local type of each instance is a type of its own
	a, b := Local[int, string](), Local[int, string]()
	c := Local[uint, string]()
	fmt.Println(a[0] == b[0], a[0] == c[0])

	defer func() { fmt.Println(recover()) }()
	_ = values[1].(Box[Box[id]])
}
