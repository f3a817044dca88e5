// A library function that panics: its frames carry the file and line of Go's.

package main

import "strings"

func main() {
	var a strings.Builder
	a.WriteString("x")
	b := a
	b.WriteString("y")
}
