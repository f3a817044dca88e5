package main

import "fmt"

type Key[A, B comparable] struct {
	a A
	b B
}

type Cache[K comparable, V any] struct {
	m    map[K]V
	hits int
}

func (c *Cache[K, V]) GetOr(k K, make func() V) V {
	if v, ok := c.m[k]; ok {
		c.hits++
		return v
	}
	if c.m == nil {
		c.m = map[K]V{}
	}
	v := make()
	c.m[k] = v
	return v
}

func Count[T comparable](xs []T) map[T]int {
	m := map[T]int{}
	for _, x := range xs {
		m[x]++
	}
	return m
}

func Equal[T comparable](a, b T) bool { return a == b }

func main() {
	var c Cache[Key[string, int], []string]
	for _, k := range []Key[string, int]{{"a", 1}, {"b", 2}, {"a", 1}} {
		v := c.GetOr(k, func() []string { return []string{fmt.Sprint(k.a, k.b)} })
		fmt.Print(v, " ")
	}
	fmt.Println(c.hits, len(c.m))
	fmt.Println(Count([][2]int{{1, 2}, {1, 2}, {2, 1}}))
	fmt.Println(Count([]any{1, "1", 1, 1.0}))
	fmt.Println(Equal[any](1, 1), Equal[any](1, int64(1)), Equal(Key[int, bool]{}, Key[int, bool]{}))
	var e1, e2 error
	fmt.Println(Equal(e1, e2))
	defer func() { fmt.Println("panic:", recover()) }()
	fmt.Println(Equal[any]([]int{1}, []int{1}))
}
