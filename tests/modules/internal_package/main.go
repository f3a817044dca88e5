// An internal package is importable from the tree its parent roots (here
// x/internal/y from x and from x's own packages), and not from z.
package main

import (
	"fmt"
	"myapp/x"
	"myapp/z"
)

func main() { fmt.Println(x.X, z.Z) }
