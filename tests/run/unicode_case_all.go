// unicode.ToUpper, ToLower and ToTitle are Unicode's simple case mappings for
// every code point (a checksum over all of them, and the ones Rust's full
// mappings get differently: İ, iota subscripts, digraph title case).
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	var h [3]uint64
	changed := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		u, l, t := unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r)
		h[0] = h[0]*31 + uint64(u)
		h[1] = h[1]*31 + uint64(l)
		h[2] = h[2]*31 + uint64(t)
		if u != r || l != r || t != r {
			changed++
		}
	}
	fmt.Println(h, changed)
	for _, s := range []string{"İstanbul", "ᾀᾳῳ", "ǆemal ǉubljana", "ßſﬁ", "ΣΑΣ σας"} {
		fmt.Println(strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s))
	}
}
