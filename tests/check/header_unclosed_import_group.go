// An import declaration left open: the go command's reader meets the
// function and go/parser reports the import path it wanted there.
package main

import (
	"fmt"

func main() { fmt.Println() }
