// An import path that is a literal but not a string, reported by the go
// command's reading of the imports (go/parser's words), not by the compiler.
package main

import (
	"fmt"
	strings 42
)

func main() { fmt.Println() }
