// A generic binary search tree: 300,000 inserts and 1,000,000 lookups, keyed by
// ints and by strings.
package main

import (
	"cmp"
	"fmt"
	"strconv"
)

type Tree[K cmp.Ordered, V any] struct {
	root *node[K, V]
	n    int
}

type node[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		if k < (*p).key {
			p = &(*p).left
		} else if k > (*p).key {
			p = &(*p).right
		} else {
			(*p).val = v
			return
		}
	}
	*p = &node[K, V]{key: k, val: v}
	t.n++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		if k < n.key {
			n = n.left
		} else if k > n.key {
			n = n.right
		} else {
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

func main() {
	var ti Tree[int, int]
	var ts Tree[string, int]
	seed := uint64(3)
	next := func() int {
		seed = seed*6364136223846793005 + 1442695040888963407
		return int(seed>>35) % 1_000_000
	}
	for i := 0; i < 300_000; i++ {
		k := next()
		ti.Put(k, i)
		if i%4 == 0 {
			ts.Put(strconv.Itoa(k), i)
		}
	}
	hits := 0
	for i := 0; i < 1_000_000; i++ {
		if _, ok := ti.Get(next()); ok {
			hits++
		}
		if i%8 == 0 {
			if _, ok := ts.Get(strconv.Itoa(next())); ok {
				hits++
			}
		}
	}
	fmt.Println(ti.n, ts.n, hits)
}
