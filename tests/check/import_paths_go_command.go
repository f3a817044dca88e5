// The go command checks every import path before compiling: the errors come
// sorted by path, each at its import spec (its name, if it has one), and
// nothing the compiler would say follows — neither the type error nor the
// syntax error below.
package main

import (
	"fmt"
	"fmt/"
	_ "unicode//utf8"
	x "./helper"
	"/abs/pkg"
	"std"
	"example.com/mod/pkg"
	_ "café"
	_ "strings/./x"
	"con/x"
	"a~1"
)

func main() {
	var n int = "not an int"
	fmt.Println(n x)
}
