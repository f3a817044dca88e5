// A panic in or through a library function: its frames carry the file and line
// of Go's.

package main

import "slices"

func main() {
	s := []int{1, 2, 3}
	s = slices.Insert(s, 5, 9)
}
