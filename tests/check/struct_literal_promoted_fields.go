package main

type Point struct{ X, Y int }

type Base struct {
	Point
	ID int
}

type A struct{ V int }
type B struct{ V int }

type Amb struct {
	A
	B
}

type WithPtr struct {
	*Point
	Z int
}

func (Base) M() {}

type Outer struct {
	Base
}

func main() {
	_ = Base{Point: Point{}, X: 1}
	_ = Base{X: 1, Point: Point{}}
	_ = Base{X: 1, X: 2}
	_ = Amb{V: 1}
	_ = WithPtr{X: 1}
	_ = Outer{M: nil}
	_ = Outer{Q: 1}
	_ = Outer{x: 1}
}
