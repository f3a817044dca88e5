package main

import "fmt"

type Point struct{ X, Y int }

type Rect struct {
	Min, Max Point
	Name     string
}

func (r Rect) Area() int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

func grow(r Rect) Rect {
	r.Max.X++
	return r
}

func main() {
	r := Rect{Point{0, 0}, Point{2, 3}, "r"}
	r2 := r
	r2.Name = "r2"
	r2.Min.X = 1
	fmt.Println(r, r2, r.Area(), r2.Area())
	r3 := grow(r)
	fmt.Println(r.Max, r3.Max)
	fmt.Println(r == r2, r == Rect{Point{0, 0}, Point{2, 3}, "r"}, Point{1, 2} != Point{1, 3})
	anon := struct {
		A int
		B []string
	}{1, []string{"x"}}
	fmt.Println(anon, anon.B[0])
	arr := [3]Point{{1, 1}, {2, 2}}
	arr2 := arr
	arr2[0].X = 100
	fmt.Println(arr, arr2, arr == arr2)
	pts := []Point{{1, 2}, {3, 4}}
	for _, p := range pts {
		p.X = 0
	}
	for i := range pts {
		pts[i].Y *= 10
	}
	fmt.Println(pts)
	pp := &pts[0]
	pp.X = 7
	fmt.Println(pts[0], *pp)
	var zero Rect
	fmt.Printf("%+v\n", zero)
}
