// A library function that panics: its frames carry the file and line of Go's.

package main

import "math/rand"

func main() {
	rand.Shuffle(-1, func(i, j int) {})
}
