package main

import "fmt"

type Point struct{ X, Y int }

func pick(i int) Point { return Point{i, i * i} }

func main() {
	fp := new(func(a int) int { return a * 3 })
	fmt.Println((*fp)(4))
	x := 7
	px := new(x) // a copy, not x's address
	*px = 8
	fmt.Println(x, *px)
	pts := []*Point{new(pick(2)), new(Point{X: 1}), new(*new(pick(3)))}
	for _, p := range pts {
		fmt.Println(*p)
	}
	m := new(map[string]int{"a": 1})
	(*m)["b"] = 2
	fmt.Println(len(*m))
	var i interface{} = new(uint8(200))
	fmt.Printf("%T %v\n", i, *i.(*uint8))
	ch := new(make(chan int, 1))
	*ch <- 5
	fmt.Println(<-*ch)
	s := new("a" + "b")
	r := new('x')
	c := new(1 + 2i)
	f := new(float32(0.5))
	fmt.Println(*s, *r, *c, *f)
	fmt.Printf("%T %T %T\n", r, c, new(1<<10))
	var ps []*int
	for k := range 3 {
		ps = append(ps, new(k*10))
	}
	fmt.Println(*ps[0], *ps[1], *ps[2])
}
