// strings.Repeat builds its result by doubling copies (count small appends made
// a long repeat take seconds), and panics as Go's does on overflow.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := strings.Repeat("ab", 1<<22)
	fmt.Println(len(s), s[:5], s[len(s)-3:], strings.Count(s, "ba"))
	fmt.Printf("%q %q %q\n", strings.Repeat("x", 0), strings.Repeat("", 5), strings.Repeat("-=", 3))
	for _, n := range []int{-1, 1 << 62} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			strings.Repeat("abc", n)
		}()
	}
}
