package main

import "fmt"

// T's constraint needs a method of X that X's own method signature
// instantiates T with: the type arguments are checked once every
// declaration is resolved.
type T[U interface{ M() T[U] }] int

type X int

func (X) M() T[X] { return 7 }

type Shape[S interface{ Scale(int) S }] struct{ s S }

type Square struct{ side int }

func (q Square) Scale(k int) Square { return Square{q.side * k} }

func (q Square) Grow() Shape[Square] { return Shape[Square]{q.Scale(2)} }

func main() {
	var x X
	fmt.Println(x.M(), Square{3}.Grow().s.side)
}
