// The order of strings: bytes compared unsigned, the shorter string first on a
// common prefix, prefixes longer than the runtime's 16-byte loop included.
package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	long := strings.Repeat("x", 40)
	xs := []string{"b", "a", "", "ab", "abc", long + "b", long + "a", long, long + "aa", "\xff", "\x00", "é"}
	slices.Sort(xs)
	fmt.Printf("%q\n", xs)
	for _, a := range xs {
		for _, b := range xs {
			fmt.Print(strings.Compare(a, b), a < b, a <= b, a > b, a >= b, min(a, b) == a, max(a, b) == a, " ")
		}
		fmt.Println()
	}
}
