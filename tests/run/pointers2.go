package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }
func (c Counter) Get() int { return c.n }

func swap(a, b *int) { *a, *b = *b, *a }

func newInt(v int) *int { return &v }

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	p := newInt(5)
	q := newInt(5)
	fmt.Println(*p, p == q, *p == *q)
	var c Counter
	c.Inc()
	c.Inc()
	pc := &c
	pc.Inc()
	fmt.Println(c.Get(), pc.Get(), (*pc).n)
	pp := &pc
	(*pp).Inc()
	fmt.Println(c.n)
	n := new(int)
	*n += 3
	fmt.Println(*n)
	arr := [3]int{1, 2, 3}
	pa := &arr[1]
	*pa = 20
	fmt.Println(arr)
	s := struct{ v *int }{n}
	*s.v = 9
	fmt.Println(*n)
	var np *Counter
	fmt.Println(np == nil, np)
	counters := []*Counter{{1}, {2}}
	for _, c := range counters {
		c.Inc()
	}
	fmt.Println(counters[0].n, counters[1].n)
}
