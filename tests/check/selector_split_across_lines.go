// Errors about selectors whose `.` and name are on different lines.

package main

import (
	"fmt"
	"strings"
)

type T struct{ a, b int }

func main() {
	t := T{}
	t.
		a
	_ = t.
		nosuch
	strings.
		ToUpper
	fmt.
		Printl("x")
	var s string = t.
		b
	t.
		b()
	x, y := t.
		a
	_ = x + y
}
