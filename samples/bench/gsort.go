// Generic sort: slices.Sort of 1,000,000 pseudo-random ints, three times.
package main

import (
	"fmt"
	"slices"
)

func main() {
	const n = 1_000_000
	xs := make([]int, n)
	seed := uint64(42)
	sum := 0
	for round := 0; round < 3; round++ {
		for i := range xs {
			seed = seed*6364136223846793005 + 1442695040888963407
			xs[i] = int(seed >> 33)
		}
		slices.Sort(xs)
		sum += xs[n/2] % 1000
	}
	fmt.Println(slices.IsSorted(xs), sum)
}
