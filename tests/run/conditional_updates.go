package main

import "fmt"

// Conditional updates the back end turns into branch-free code (gc's
// branchelim): counts and sums under a flag, in every integer width, negated
// flags, running minimums and maximums, and choices of an index.

type counts struct {
	n8  int8
	n16 int16
	n32 int32
	n64 int64
	u16 uint16
	u32 uint32
}

func tally(flags []bool) counts {
	var c counts
	for i, f := range flags {
		if f {
			c.n8++
		}
		if !f {
			c.n16 += 2
		}
		if f {
			c.n32 += 4
		}
		if i%3 == 0 {
			c.n64 += 8
		}
		if f {
			c.u16--
		}
		if !f {
			c.u32 += 3
		}
	}
	return c
}

func extremes(xs []int) (lo, hi int) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

func clamp(x, lo, hi int32) int32 {
	if x < lo {
		x = lo
	} else if x > hi {
		x = hi
	}
	return x
}

func choose(xs []string, i, j int, first bool) string {
	k := j
	if first {
		k = i
	}
	return xs[k]
}

func main() {
	flags := make([]bool, 1000)
	x := uint32(7)
	for i := range flags {
		x = x*1664525 + 1013904223
		flags[i] = x>>16&1 == 1
	}
	fmt.Printf("%+v\n", tally(flags))
	var small int8 = 126
	for _, f := range flags[:5] {
		if f {
			small++
		}
	}
	fmt.Println(small)
	xs := make([]int, 500)
	for i := range xs {
		x = x*1664525 + 1013904223
		xs[i] = int(x%2001) - 1000
	}
	fmt.Println(extremes(xs))
	fmt.Println(clamp(-5, 0, 10), clamp(5, 0, 10), clamp(50, 0, 10))
	words := []string{"zero", "one", "two"}
	fmt.Println(choose(words, 1, 2, true), choose(words, 1, 2, false))
	var u uint64 = 1<<64 - 1
	if flags[0] || true {
		u += 1
	}
	fmt.Println(u)
}
