package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, x := range []string{"a", "b"} {
		fs = append(fs, func() int { return len(x) * 10 })
	}
	for i := range 2 {
		fs = append(fs, func() int { return i + 100 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	acc := 0
	add := func(n int) { acc += n }
	for i := 1; i <= 4; i++ {
		add(i)
	}
	fmt.Println(acc)
	counter := func() func() int {
		c := 0
		return func() int { c++; return c }
	}
	c1, c2 := counter(), counter()
	fmt.Println(c1(), c1(), c2(), c1())
	x := 1
	f := func() func() int {
		return func() int { x *= 2; return x }
	}()
	fmt.Println(f(), f(), x)
	for i := 0; i < 3; i++ {
		defer func() {}()
		i := i * 10
		fmt.Print(i, " ")
	}
	fmt.Println()
}
