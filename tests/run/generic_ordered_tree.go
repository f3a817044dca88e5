package main

import (
	"cmp"
	"fmt"
	"strings"
)

// Tree is a binary search tree ordered by cmp.Compare.
type Tree[K cmp.Ordered, V any] struct {
	root *node[K, V]
	size int
}

type node[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).key); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).val = v
			return
		}
	}
	*p = &node[K, V]{key: k, val: v}
	t.size++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		switch c := cmp.Compare(k, n.key); {
		case c < 0:
			n = n.left
		case c > 0:
			n = n.right
		default:
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

func (t *Tree[K, V]) Walk(f func(K, V)) { walk(t.root, f) }

func walk[K cmp.Ordered, V any](n *node[K, V], f func(K, V)) {
	if n == nil {
		return
	}
	walk(n.left, f)
	f(n.key, n.val)
	walk(n.right, f)
}

func (t *Tree[K, V]) String() string {
	var b strings.Builder
	b.WriteString("{")
	first := true
	t.Walk(func(k K, v V) {
		if !first {
			b.WriteString(" ")
		}
		first = false
		fmt.Fprintf(&b, "%v:%v", k, v)
	})
	b.WriteString("}")
	return b.String()
}

func main() {
	var t Tree[string, int]
	for i, w := range strings.Fields("the quick brown fox jumps over the lazy dog") {
		t.Put(w, i)
	}
	fmt.Println(t.size, t.String())
	v, ok := t.Get("fox")
	fmt.Println(v, ok)
	_, ok = t.Get("cat")
	fmt.Println(ok)

	ft := &Tree[float64, []string]{}
	ft.Put(2.5, []string{"b"})
	ft.Put(-1, nil)
	ft.Put(10, []string{"x", "y"})
	fmt.Println(ft)
	fmt.Printf("%T\n", ft.root)
}
