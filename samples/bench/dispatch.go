// dispatch: calls through closures and interfaces whose dynamic types vary
// (the closure-call sequence, itab method calls).
package main

import "fmt"

type shape interface{ area() float64 }

type rect struct{ w, h float64 }
type circle struct{ r float64 }
type square struct{ s float64 }

func (r rect) area() float64   { return r.w * r.h }
func (c circle) area() float64 { return 3 * c.r * c.r }
func (s square) area() float64 { return s.s * s.s }

func total(shapes []shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.area()
	}
	return t
}

func apply(fs []func(int) int, x int) int {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func main() {
	shapes := make([]shape, 0, 300)
	for i := 0; i < 100; i++ {
		f := float64(i)
		shapes = append(shapes, rect{f, 2}, circle{f}, square{f})
	}
	t := 0.0
	for i := 0; i < 300_000; i++ {
		t += total(shapes)
	}
	k := 3
	fs := []func(int) int{
		func(x int) int { return x + k },
		func(x int) int { return x ^ (x >> 3) },
		func(x int) int { return x * 7 % 1000003 },
	}
	x := 0
	for i := 0; i < 30_000_000; i++ {
		x = apply(fs, x+i)
	}
	fmt.Println(t, x)
}
