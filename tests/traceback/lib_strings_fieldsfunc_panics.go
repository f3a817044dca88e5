// A panic in or through a library function: its frames carry the file and line
// of Go's.

package main

import (
	"fmt"
	"strings"
)

func main() {
	fields := strings.FieldsFunc("a,b", func(r rune) bool {
		panic(fmt.Sprintf("rune %c", r))
	})
	fmt.Println(fields)
}
