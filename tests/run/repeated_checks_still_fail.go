// A nil, bounds or division check that an earlier one of the same values makes
// redundant is dropped; one of values that changed in between still fails.
package main

import "fmt"

type T struct{ a, b int }

func try(name string, f func() int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panics:", r)
		}
	}()
	fmt.Println(name, f())
}

func fields(p *T, q *T) int {
	s := p.a + p.b
	p = q
	return s + p.a
}

func index(s []int, i int) int {
	x := s[i] + s[i]
	s[i] = x
	i++
	return s[i]
}

func divide(a, b int) int {
	q := a / b
	r := a % b
	b--
	return q + r + a/b
}

func loop(ps []*T) int {
	n := 0
	for _, p := range ps {
		n += p.a
		n += p.b
	}
	return n
}

func main() {
	t := &T{1, 2}
	try("fields", func() int { return fields(t, t) })
	try("fields nil", func() int { return fields(t, nil) })
	try("index", func() int { return index([]int{1, 2}, 0) })
	try("index out", func() int { return index([]int{1, 2}, 1) })
	try("divide", func() int { return divide(7, 2) })
	try("divide zero", func() int { return divide(7, 1) })
	try("loop", func() int { return loop([]*T{t, t}) })
	try("loop nil", func() int { return loop([]*T{t, nil}) })
}
