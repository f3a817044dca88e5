// One type assertion site sees many dynamic types in turn, some of which
// implement the interface and some not, and nil: each site's itab cache must
// answer for the type it is asked about, whichever types share its sets.
package main

import "fmt"

type Namer interface{ Name() string }
type Sizer interface{ Size() int }

type A int
type B string
type C struct{ x, y int }
type D []int
type E float64
type F map[string]int
type G bool
type H struct{}

func (A) Name() string   { return "A" }
func (C) Name() string   { return "C" }
func (*C) Size() int     { return 2 }
func (d D) Size() int    { return len(d) }
func (E) Name() string   { return "E" }
func (f F) Size() int    { return len(f) }
func (H) Name() string   { return "H" }
func (*H) Name2() string { return "H2" }

func name(x any) string {
	if n, ok := x.(Namer); ok {
		return n.Name()
	}
	return "-"
}

func size(x any) int {
	switch s := x.(type) {
	case Sizer:
		return s.Size()
	case Namer:
		return -1
	}
	return 0
}

func main() {
	vals := []any{A(1), B("b"), C{1, 2}, &C{3, 4}, D{1, 2, 3}, E(2.5), F{"k": 1}, G(true), H{}, &H{}, 7, "s", nil, 2.5}
	counts := map[string]int{}
	total := 0
	for round := 0; round < 200; round++ {
		for i := range vals {
			// a different order each round, so each type follows each other
			v := vals[(i*5+round)%len(vals)]
			counts[name(v)]++
			total += size(v)
		}
	}
	fmt.Println(counts, total)
	for _, v := range vals {
		fmt.Printf("%T %s %d\n", v, name(v), size(v))
	}
}
