package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Name() string
}

type NamedShape interface {
	Shape
	Named
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) Name() string       { return "circle" }
func (r *Rect) Area() float64       { return r.W * r.H }
func (r *Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (r *Rect) Name() string        { return "rect" }

func describe(s Shape) string {
	n := "?"
	if nm, ok := s.(Named); ok {
		n = nm.Name()
	}
	return fmt.Sprintf("%s %.2f %.2f", n, s.Area(), s.Perimeter())
}

func main() {
	shapes := []Shape{Circle{1}, &Rect{2, 3}, Circle{0.5}}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	var ns NamedShape = &Rect{1, 1}
	var s Shape = ns
	fmt.Println(s.Area(), ns.Name())
	var e any = ns
	_, isShape := e.(Shape)
	_, isStringer := e.(fmt.Stringer)
	fmt.Println(isShape, isStringer)
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("%.3f\n", total)
}
