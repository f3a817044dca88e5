// Conversions to func types with results and to struct type literals, written
// without parentheses around the type.
package main

import "fmt"

type F func() int

type G func(int) (int, error)

func seven() int { return 7 }

func main() {
	var f0 func() int
	f0 = func() int(seven)
	fmt.Println(f0())
	var f F = seven
	g := func() int(f)
	fmt.Println(g())
	h := func(x int) (int, error)(G(func(x int) (int, error) { return x * 2, nil }))
	fmt.Println(h(21))
	p := func() *int(nil)
	fmt.Println(p == nil)
	type point struct{ X, Y int }
	q := struct{ X, Y int }(point{1, 2})
	fmt.Println(q, point(struct{ X, Y int }{3, 4}))
	var s []int = []int(nil)
	fmt.Println(s == nil, func() []int(nil) == nil)
}
