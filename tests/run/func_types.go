package main

import "fmt"

type Op func(int, int) int

type Calc struct {
	ops map[string]Op
}

func (c *Calc) Do(name string, a, b int) int { return c.ops[name](a, b) }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func main() {
	c := &Calc{ops: map[string]Op{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}}
	fmt.Println(c.Do("add", 2, 3), c.Do("mul", 2, 3))
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5))
	var f func()
	fmt.Println(f == nil)
	fs := map[bool]func() string{true: func() string { return "yes" }}
	fmt.Println(fs[true]())
}
