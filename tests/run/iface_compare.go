package main

import (
	"errors"
	"fmt"
)

type K struct{ a, b int }

type E string

func (e E) Error() string { return string(e) }

func main() {
	var a, b any
	fmt.Println(a == b, a == nil)
	a, b = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	a, b = "x", "x"
	fmt.Println(a == b)
	a, b = K{1, 2}, K{1, 2}
	fmt.Println(a == b, a != K{2, 1})
	var p1, p2 = &K{}, &K{}
	a, b = p1, p2
	fmt.Println(a == b, a == any(p1))
	var e1 error = E("boom")
	var e2 error = E("boom")
	fmt.Println(e1 == e2, e1 == errors.New("boom"))
	var ep *K
	var x any = ep
	fmt.Println(x == nil, ep == nil)
	a = 3.0
	fmt.Println(a == 3.0, a == 3)
	m := map[any]string{1: "int", "1": "string", K{1, 1}: "K"}
	fmt.Println(m[1], m["1"], m[K{1, 1}], len(m))
	fmt.Println(any([2]int{1, 2}) == any([2]int{1, 2}))
}
