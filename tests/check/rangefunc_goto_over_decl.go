// A goto out of a range-over-func loop body is checked as any goto.
package main

import "slices"

func main() {
	for v := range slices.Values([]int{1}) {
		if v > 0 {
			goto L
		}
	}
	x := 1
L:
	println(x)
}
