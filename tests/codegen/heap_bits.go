package main

// An object with words that hold no pointer records them in the heap bits
// as it is allocated (one read-modify-write of a bitmap word, and its span's
// flag); an object whose words may all be pointers (a tree node) writes
// nothing, and a pointer-free one is noscan.
type item struct {
	name  string
	count int
	next  *item
}

type node struct{ left, right *node }

func mk(name string, next *item) *item { return &item{name: name, count: len(name), next: next} }

func tree(d int) *node {
	if d == 0 {
		return &node{}
	}
	return &node{tree(d - 1), tree(d - 1)}
}

func main() {
	println(mk("a", mk("bc", nil)).next.count, tree(3).left != nil)
}
