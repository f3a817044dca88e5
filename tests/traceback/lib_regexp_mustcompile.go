// A library function that panics: its frames carry the file and line of Go's.

package main

import "regexp"

func main() {
	regexp.MustCompile("a(b")
}
