package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(xs []int, f func(int) int) []int {
	var out []int
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	c := counter()
	fmt.Println(c(), c(), c())
	d := counter()
	fmt.Println(d(), c())
	k := 10
	fmt.Println(apply([]int{1, 2, 3}, func(x int) int { return x * k }))
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fib := func(n int) int { return n }
	var rec func(int) int
	rec = func(n int) int {
		if n < 2 {
			return n
		}
		return rec(n-1) + rec(n-2)
	}
	fmt.Println(fib(3), rec(20))
}
