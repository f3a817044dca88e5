// Imports the go command cannot load: a package main of the module, and a
// module no go.mod requires (reported first, whatever the order of imports).
package main

import (
	"fmt"
	"myapp/cmd/tool"
	"golang.org/x/exp/slices"
)

func main() { fmt.Println(tool.X, slices.Max([]int{1})) }
