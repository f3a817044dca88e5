// A panic in or through a library function: its frames carry the file and line
// of Go's.

package main

import "slices"

func main() {
	s := []int{1, 2, 3}
	slices.IndexFunc(s, func(x int) bool {
		return 10/(x-2) > 0
	})
}
