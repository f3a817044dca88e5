// A library function that panics: its frames carry the file and line of Go's.

package main

import "math/rand/v2"

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	_ = r.IntN(-3)
}
