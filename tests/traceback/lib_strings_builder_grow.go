// A library function that panics: its frames carry the file and line of Go's.

package main

import "strings"

func main() {
	var b strings.Builder
	b.Grow(-1)
}
