// A panic in or through a library function: its frames carry the file and line
// of Go's.

package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []string{"a", "", "c"}
	fmt.Println(slices.ContainsFunc(s, func(x string) bool { return x[0] == 'c' }))
}
