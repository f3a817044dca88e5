// Goroutines stopped asynchronously in loops that make no call, while others
// allocate (so collections stop the world around them): results returned in
// several words, then a pure loop, then allocations (which must use the cache
// of the M the goroutine resumed on).
package main

import (
	"fmt"
	"sync"
)

type node struct {
	l, r *node
	v    int
}

func build(d int) *node {
	if d == 0 {
		return &node{v: 1}
	}
	return &node{build(d - 1), build(d - 1), d}
}

func (n *node) sum() int {
	if n == nil {
		return 0
	}
	return n.v + n.l.sum() + n.r.sum()
}

//go:noinline
func three(a int) (int, int, int, int) { return a, a * 2, a * 3, a * 4 }

func spin(seed int) int {
	a, b, c, d := three(seed)
	s := 0
	for i := a%1000 + 1; i != 0; i = (i*7 + 13) % 100003 {
		s += i & 7
		if s > 1<<40 {
			s = 0
		}
	}
	p := &node{v: s + b + c + d}
	q := &node{l: p, v: s}
	return q.l.v + q.v
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			t := 0
			for k := 0; k < 600; k++ {
				t += spin(g*1000 + k)
				if g%2 == 0 {
					t += build(8).sum()
				}
			}
			results[g] = t
		}(g)
	}
	wg.Wait()
	fmt.Println(results)
}
