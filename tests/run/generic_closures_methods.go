package main

import (
	"fmt"
	"strings"
)

type Counter[K comparable] struct {
	counts map[K]int
	order  []K
}

func NewCounter[K comparable]() *Counter[K] { return &Counter[K]{counts: map[K]int{}} }

func (c *Counter[K]) Add(k K) {
	if c.counts[k] == 0 {
		c.order = append(c.order, k)
	}
	c.counts[k]++
}

// AddAll calls Add: generic methods calling each other.
func (c *Counter[K]) AddAll(ks ...K) *Counter[K] {
	for _, k := range ks {
		c.Add(k)
	}
	return c
}

func (c *Counter[K]) Each(f func(K, int)) {
	for _, k := range c.order {
		f(k, c.counts[k])
	}
}

// Memo returns a memoized version of f.
func Memo[K comparable, V any](f func(K) V) func(K) V {
	cache := map[K]V{}
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		v := f(k)
		cache[k] = v
		return v
	}
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func Counting[T any]() (func(T), func() int) {
	n := 0
	return func(T) { n++ }, func() int { return n }
}

func main() {
	c := NewCounter[string]().AddAll(strings.Fields("a b a c b a")...)
	add := c.Add // method value of an instance
	add("d")
	c.Each(func(k string, n int) { fmt.Print(k, "=", n, " ") })
	fmt.Println()

	calls := 0
	var fib func(int) int
	fib = Memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), calls)

	h := Compose(strings.ToUpper, func(s string) int { return len(s) })
	fmt.Println(h("hello"))
	inc, get := Counting[float64]()
	inc(1)
	inc(2)
	fmt.Println(get())
	f := (*Counter[int]).Add
	ci := NewCounter[int]()
	f(ci, 7)
	fmt.Println(ci.counts)
}
