package main

import "fmt"

// a constraint that names the interface it declares
type Ordered[T Ordered[T]] interface {
	Less(T) bool
}

type Age int

func (a Age) Less(b Age) bool { return a < b }

type Name string

func (n Name) Less(m Name) bool { return len(n) < len(m) || (len(n) == len(m) && n < m) }

func Min[T Ordered[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

// a generic type whose parameter is constrained by the type itself
type Node[T interface{ Children() []T }] struct{ root T }

type Dir struct{ subs []Dir }

func (d Dir) Children() []Dir { return d.subs }

func (n Node[T]) Count() int {
	var walk func(T) int
	walk = func(t T) int {
		c := 1
		for _, s := range t.Children() {
			c += walk(s)
		}
		return c
	}
	return walk(n.root)
}

func main() {
	fmt.Println(Min(Age(5), Age(3), Age(9)), Min[Name]("bob", "al", "zed"))
	tree := Node[Dir]{Dir{[]Dir{{}, {[]Dir{{}, {}}}}}}
	fmt.Println(tree.Count())
}
