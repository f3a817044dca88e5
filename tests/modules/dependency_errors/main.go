// A package of the module with type errors: they are the program's errors,
// positioned in the package's files; the program itself is not checked.
package main

import (
	"fmt"
	"example.com/calc/util"
)

func main() { fmt.Println(util.Double(2), undefinedInMain) }
