// Ordering strings that share their bytes: prefixes of one string, copies of
// one value, empty strings at the same address, and strings that differ.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func main() {
	s := "hello, world"
	a, b, c := s[:5], s[:12], s[:0]
	d := s[7:]
	e := strings.Clone(a)
	pairs := [][2]string{{a, b}, {b, a}, {a, a}, {a, e}, {c, a}, {a, c}, {c, c}, {c, ""}, {d, a}, {s[1:3], s[1:3]}, {s[2:4], s[2:3]}}
	for _, p := range pairs {
		x, y := p[0], p[1]
		fmt.Printf("%q %q: < %v <= %v > %v >= %v == %v cmp %d compare %d min %q max %q\n",
			x, y, x < y, x <= y, x > y, x >= y, x == y, cmp.Compare(x, y), strings.Compare(x, y), min(x, y), max(x, y))
	}
	words := strings.Fields("b a bb ab a b ba aa b a")
	var subs []string
	for i := range s {
		subs = append(subs, s[:i], s[i:])
	}
	slices.Sort(words)
	slices.Sort(subs)
	fmt.Println(words)
	fmt.Printf("%q\n", subs)
}
