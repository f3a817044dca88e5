// A library function that panics: its frames carry the file and line of Go's.

package main

import "sync/atomic"

func main() {
	var v atomic.Value
	v.Store(1)
	v.Store("x")
}
