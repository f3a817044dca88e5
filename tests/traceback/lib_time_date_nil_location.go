// A library function that panics: its frames carry the file and line of Go's.

package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Date(2020, 1, 1, 0, 0, 0, 0, nil))
}
