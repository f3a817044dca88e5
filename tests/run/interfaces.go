package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c Circle) Area() float64     { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func describe(s Shape) string {
	switch v := s.(type) {
	case Rect:
		return fmt.Sprintf("rect %vx%v", v.W, v.H)
	case Circle:
		return fmt.Sprintf("circle r=%v", v.R)
	}
	return "?"
}

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, Rect{1, 1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		fmt.Printf("%s area=%.2f perim=%.2f\n", describe(s), s.Area(), s.Perimeter())
	}
	fmt.Printf("%.3f\n", total)
	var s Shape
	fmt.Println(s == nil)
	s = Rect{1, 2}
	r, ok := s.(Rect)
	fmt.Println(r, ok)
	_, ok = s.(Circle)
	fmt.Println(ok)
	var a, b interface{} = 1, 1
	fmt.Println(a == b, a != interface{}("1"))
}
