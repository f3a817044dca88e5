package main

import "fmt"

type Point struct{ X, Y int }

type Base struct {
	ID   int
	Name string
	Point
}

type Big struct {
	Data [8]int
	Tag  string
}

type Derived struct {
	Base
	Big
	Extra float64
	n     int
}

type WithPtr struct {
	*Point
	Z int
}

func main() {
	d := Derived{ID: 7, Name: "seven", X: 1, Y: 2, Extra: 1.5, Tag: "t", Data: [8]int{1, 2}}
	fmt.Printf("%+v\n", d)
	e := Derived{Base: Base{ID: 1}, Extra: 2}
	fmt.Printf("%+v\n", e)
	p := &Derived{Y: 9, n: 3}
	fmt.Println(p.Y, p.n, p.Point)
	ds := []Derived{{X: 5}, {Name: "n", Tag: "z"}}
	fmt.Println(ds[0].X, ds[1].Name, ds[1].Tag)
	m := map[string]Base{"a": {X: 3, ID: 4}}
	fmt.Println(m["a"])
	type Local struct {
		Point
		Label string
	}
	l := Local{X: 10, Label: "l"}
	fmt.Println(l)
	w := WithPtr{Point: &Point{1, 2}, Z: 3}
	fmt.Println(*w.Point, w.Z)
	var arr [2]Derived = [2]Derived{{ID: 1, X: 2}, {Y: 3}}
	fmt.Println(arr[0].ID, arr[0].X, arr[1].Y)
}
