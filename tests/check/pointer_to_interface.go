package main

import "fmt"

type Shape interface{ Area() float64 }

type Square struct{ s float64 }

func (q *Square) Area() float64 { return q.s * q.s }

func describe(s *Shape) {
	fmt.Println(s)
}

func main() {
	var s Shape = &Square{2}
	var p *Shape = &s
	var t Shape = p
	describe(&Square{3})
	fmt.Println(t)
}
