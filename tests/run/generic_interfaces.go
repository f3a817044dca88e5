package main

import "fmt"

type Getter[T any] interface {
	Get() T
}

type Setter[T any] interface {
	Set(T)
}

type Cell[T any] struct{ v T }

func (c *Cell[T]) Get() T  { return c.v }
func (c *Cell[T]) Set(v T) { c.v = v }

type Const[T any] struct{ v T }

func (c Const[T]) Get() T { return c.v }

func GetAll[T any](gs ...Getter[T]) []T {
	out := make([]T, len(gs))
	for i, g := range gs {
		out[i] = g.Get()
	}
	return out
}

func Swap[T any](a, b interface {
	Getter[T]
	Setter[T]
}) {
	x, y := a.Get(), b.Get()
	a.Set(y)
	b.Set(x)
}

func main() {
	c := &Cell[int]{1}
	fmt.Println(GetAll[int](c, Const[int]{2}))
	var g Getter[string] = Const[string]{"k"}
	if cc, ok := g.(Const[string]); ok {
		fmt.Println("const", cc.v)
	}
	_, isCell := g.(*Cell[string])
	fmt.Println(isCell)
	a, b := &Cell[string]{"a"}, &Cell[string]{"b"}
	Swap[string](a, b)
	fmt.Println(a.Get(), b.Get())
	var anyv any = c
	switch v := anyv.(type) {
	case Getter[string]:
		fmt.Println("string getter", v.Get())
	case Getter[int]:
		fmt.Println("int getter", v.Get())
	}
	fmt.Printf("%T %T\n", g, anyv)
}
