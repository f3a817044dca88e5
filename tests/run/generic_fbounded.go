package main

import (
	"fmt"
	"strings"
)

// Comparer is satisfied by types that compare against themselves.
type Comparer[T any] interface {
	Compare(T) int
}

func Max[T Comparer[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Compare(m) > 0 {
			m = x
		}
	}
	return m
}

type Version struct{ major, minor int }

func (v Version) Compare(o Version) int {
	if v.major != o.major {
		return v.major - o.major
	}
	return v.minor - o.minor
}

func (v Version) String() string { return fmt.Sprintf("v%d.%d", v.major, v.minor) }

type Word string

func (w Word) Compare(o Word) int { return strings.Compare(strings.ToLower(string(w)), strings.ToLower(string(o))) }

type Cloner[T any] interface{ Clone() T }

type Doc struct{ lines []string }

func (d *Doc) Clone() *Doc { return &Doc{append([]string(nil), d.lines...)} }

func CloneAll[T Cloner[T]](xs []T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = x.Clone()
	}
	return out
}

func main() {
	fmt.Println(Max(Version{1, 2}, Version{1, 10}, Version{0, 99}))
	fmt.Println(Max[Word]("apple", "Banana", "cherry", "CHERRY"))
	d := &Doc{[]string{"a"}}
	cs := CloneAll([]*Doc{d})
	cs[0].lines[0] = "changed"
	fmt.Println(d.lines, cs[0].lines)
}
