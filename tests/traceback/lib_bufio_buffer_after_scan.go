// A library function that panics: its frames carry the file and line of Go's.

package main

import (
	"bufio"
	"strings"
)

func main() {
	s := bufio.NewScanner(strings.NewReader("a\nb"))
	s.Scan()
	s.Buffer(make([]byte, 10), 100)
}
