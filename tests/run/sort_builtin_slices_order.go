package main

import (
	"fmt"
	"math"
	"sort"
)

// sort.Ints, Float64s and Strings sort as Go's (slices.Sort's pattern-defeating
// quicksort): the values are in order, and elements that compare equal but can
// be told apart (+0 and -0) end where Go puts them, over sizes that take every
// path (insertion sort, ninther pivots, pattern breaking, heap sort).

func main() {
	x := uint32(12345)
	next := func() uint32 {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		return x
	}
	for _, n := range []int{0, 1, 5, 12, 13, 50, 51, 200, 5000, 100000} {
		fs := make([]float64, n)
		for i := range fs {
			switch next() % 6 {
			case 0:
				fs[i] = math.Copysign(0, -1)
			case 1:
				fs[i] = 0
			case 2:
				fs[i] = math.NaN()
			default:
				fs[i] = float64(int(next()%21) - 10)
			}
		}
		sort.Float64s(fs)
		// where the negative zeros ended, as a checksum
		h := 0
		for i, f := range fs {
			if f == 0 && math.Signbit(f) {
				h = h*31 + i
				h %= 1000000007
			}
		}
		is := make([]int, n)
		ss := make([]string, n)
		for i := range is {
			is[i] = int(next() % 1000)
			ss[i] = fmt.Sprint(next() % 500)
		}
		sort.Ints(is)
		sort.Strings(ss)
		fmt.Println(n, h, sort.Float64sAreSorted(fs), sort.IntsAreSorted(is), sort.StringsAreSorted(ss))
		if n > 0 {
			fmt.Println("  ", fs[0], fs[n/2], fs[n-1], is[0], is[n/2], is[n-1], ss[0], ss[n/2], ss[n-1])
		}
	}
	// already sorted and reversed input (pattern detection)
	asc := make([]int, 10000)
	desc := make([]int, 10000)
	for i := range asc {
		asc[i], desc[i] = i, len(desc)-i
	}
	sort.Ints(asc)
	sort.Ints(desc)
	fmt.Println(asc[0], asc[9999], desc[0], desc[9999])
}
