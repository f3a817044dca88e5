// Building and dropping binary trees 200 times runs in a heap the size of one
// tree, not of all of them; maps, strings and slices dropped are collected too.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type node struct{ l, r *node }

func tree(d int) *node {
	if d == 0 {
		return &node{}
	}
	return &node{tree(d - 1), tree(d - 1)}
}

func (n *node) count() int {
	if n.l == nil {
		return 1
	}
	return 1 + n.l.count() + n.r.count()
}

func main() {
	total := 0
	for i := 0; i < 200; i++ {
		total += tree(14).count()
	}
	for i := 0; i < 200; i++ {
		m := map[string][]byte{}
		for j := 0; j < 1000; j++ {
			m[strconv.Itoa(j)] = make([]byte, 100)
		}
		total += len(m)
	}
	s := ""
	for i := 0; i < 20000; i++ {
		s += "x"
		if len(s) > 1000 {
			s = ""
		}
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(total, len(s))
	fmt.Println("collected:", m.NumGC >= 10)
	fmt.Println("heap bounded:", m.HeapSys < 64<<20, m.HeapAlloc < 32<<20)
	fmt.Println("frees counted:", m.Frees > m.Mallocs/2, m.TotalAlloc > 100<<20)
}
