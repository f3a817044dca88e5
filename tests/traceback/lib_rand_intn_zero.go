// A library function that panics: its frames carry the file and line of Go's.

package main

import "math/rand"

func main() {
	rand.Intn(0)
}
