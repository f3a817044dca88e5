package main

import "fmt"

type Grid [3][3]int

func main() {
	var a [5]int
	a[2] = 7
	b := a
	b[0] = 1
	fmt.Println(a, b, a == b, len(a))
	c := [...]string{"x", "y", 4: "z"}
	fmt.Println(len(c), c)
	var g Grid
	for i := range g {
		for j := range g[i] {
			g[i][j] = i * j
		}
	}
	fmt.Println(g)
	p := &a
	p[4] = 9
	fmt.Println(a[4], len(p))
	for i, v := range [3]string{"a", "b", "c"} {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
}
