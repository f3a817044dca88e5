package main

import "fmt"

var (
	a = c + b
	b = f()
	c = f()
	d = 3
)

func f() int {
	d++
	return d
}

var total = sum(1, 2, 3)

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func init() {
	fmt.Println("init 1", a, b, c, d)
}

func init() {
	fmt.Println("init 2", total)
}

func main() {
	fmt.Println("main", a, b, c, d)
}
