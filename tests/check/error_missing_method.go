// A method the predeclared error type lacks: gc's message (the lookup of the
// type's package must not assume a universe type has one).
package main

import "fmt"

func main() {
	var err error
	fmt.Println(err.String())
}
