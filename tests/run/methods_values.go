package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }
func (c Counter) Get() int { return c.n }

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func main() {
	var c Counter
	inc := c.Inc
	inc()
	inc()
	fmt.Println(c.Get())
	get := Counter.Get
	fmt.Println(get(c))
	pinc := (*Counter).Inc
	pinc(&c)
	fmt.Println(c.n)
	l := IntList{1, 2, 3}
	f := l.Sum
	l[0] = 100
	fmt.Println(f(), l.Sum())
}
