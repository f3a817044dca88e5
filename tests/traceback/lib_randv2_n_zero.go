// A library function that panics: its frames carry the file and line of Go's.

package main

import "math/rand/v2"

func main() {
	_ = rand.N[int64](0)
}
