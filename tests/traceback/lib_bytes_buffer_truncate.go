// A library function that panics: its frames carry the file and line of Go's.

package main

import (
	"bytes"
	"fmt"
)

func main() {
	var b bytes.Buffer
	b.WriteString("abc")
	fmt.Println(b.Len())
	b.Truncate(5)
}
