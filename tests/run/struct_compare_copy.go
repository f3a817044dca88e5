package main

import "fmt"

type Inner struct{ A [2]int }
type Outer struct {
	In  Inner
	S   string
	Ptr *int
}

func modify(o Outer) Outer {
	o.In.A[0] = 99
	o.S = "changed"
	return o
}

func main() {
	n := 1
	a := Outer{Inner{[2]int{1, 2}}, "orig", &n}
	b := modify(a)
	fmt.Println(a.In.A, a.S, b.In.A, b.S)
	fmt.Println(a == b, a == Outer{Inner{[2]int{1, 2}}, "orig", &n})
	c := a
	*c.Ptr = 7
	fmt.Println(*a.Ptr, a == c)
	arr := [2]Inner{}
	arr2 := arr
	arr2[0].A[1] = 5
	fmt.Println(arr, arr2, arr == arr2)
}
