package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	fmt.Println(p, q, p == q)
	p.Scale(3)
	fmt.Println(p, p.Add(q))
	r := Rect{Point{0, 0}, Point{2, 3}, "box"}
	fmt.Printf("%v %+v\n", r, r)
	pp := &r.Max
	pp.Y = 30
	fmt.Println(r.Max)
	anon := struct {
		A int
		B string
	}{1, "b"}
	fmt.Println(anon)
	ps := []*Point{{1, 1}, {2, 2}}
	for _, x := range ps {
		x.Scale(2)
	}
	fmt.Println(*ps[0], *ps[1])
}
