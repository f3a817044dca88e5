// A library function that panics: its frames carry the file and line of Go's.

package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTicker(0)
	fmt.Println(t)
}
