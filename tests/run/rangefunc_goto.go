// goto out of range-over-func loop bodies: forward past the loop, back to
// retry it, out of nested loops, and with the body's defers pending.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func find(xs [][]int, want int) (int, int) {
	for i, row := range slices.All(xs) {
		for j, v := range slices.All(row) {
			if v == want {
				fmt.Println("found at", i, j)
				goto found
			}
		}
	}
	fmt.Println("not found", want)
	return -1, -1
found:
	return want, 0
}

func retry() {
	tries := 0
again:
	tries++
	for k := range maps.Keys(map[string]bool{"x": true}) {
		if tries < 3 {
			fmt.Println("retry", k, tries)
			goto again
		}
	}
	fmt.Println("tries", tries)
}

func main() {
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 3))
	fmt.Println(find([][]int{{1, 2}}, 9))
	retry()
	defer fmt.Println("deferred")
	for v := range slices.Values([]int{1, 2, 3}) {
		defer fmt.Println("loop defer", v)
		if v == 2 {
			goto out
		}
	}
out:
	fmt.Println("out")
}
