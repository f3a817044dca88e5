package main

import "fmt"

type counter struct {
	name string
	n    int
}

func (c *counter) down(k int) int {
	if k == 0 {
		return c.n
	}
	c.n++
	return c.down(k-1) + 0
}

func (c counter) value(k int) string {
	if k == 0 {
		return c.name
	}
	return c.value(k - 1)
}

type walker interface{ walk(int) int }

type node struct{ step int }

func (n node) walk(k int) int {
	if k <= 0 {
		return 0
	}
	var w walker = node{n.step}
	return w.walk(k-n.step) + 1
}

func main() {
	c := &counter{name: "c"}
	fmt.Println(c.down(300000), c.value(200000))
	var rec func(int) int
	captured := 7
	rec = func(n int) int {
		if n == 0 {
			return captured
		}
		return rec(n-1) + 1
	}
	fmt.Println(rec(400000))
	m := c.down
	fmt.Println(m(100000))
	fmt.Println(node{2}.walk(600000))
	res := make(chan string)
	go func() {
		f := func(s string) string { return s + "!" }
		var g func(int) string
		g = func(n int) string {
			if n == 0 {
				return f(c.value(1000))
			}
			return g(n - 1)
		}
		res <- g(250000)
	}()
	fmt.Println(<-res)
}
