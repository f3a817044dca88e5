// Generic sort of structs: slices.SortFunc on 500,000 records by two keys, and a
// stable sort by a third.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type record struct {
	name  string
	age   int
	score float64
}

func main() {
	const n = 500_000
	names := []string{"ada", "bob", "cy", "dee", "eve", "fay", "gus", "hal"}
	rs := make([]record, n)
	seed := uint64(7)
	for i := range rs {
		seed = seed*6364136223846793005 + 1442695040888963407
		rs[i] = record{names[seed>>61], int(seed>>40) % 90, float64(seed>>11) / (1 << 53)}
	}
	slices.SortFunc(rs, func(a, b record) int {
		if c := cmp.Compare(a.age, b.age); c != 0 {
			return c
		}
		return cmp.Compare(a.score, b.score)
	})
	slices.SortStableFunc(rs, func(a, b record) int { return cmp.Compare(a.name, b.name) })
	fmt.Println(rs[0].name, rs[0].age, rs[n-1].name, rs[n-1].age, rs[n/2].age)
}
