// What gc says when a qualified name or a selector on a value stands where
// a type must: the qualified name is described as an operand, the selector
// reported at the selected name.
package main

import (
	"os"
	"strings"
	"unicode/utf8"
)

type point struct{ x int }

func (p point) method() {}

func main() {
	var v point
	var g strings
	var h utf8.RuneError
	var i os.Args
	var j strings.Repeat
	var k _
	var l point.method
	var m os.O_RDONLY
	var n v.x
	var o undefinedName.x
	_, _, _, _, _, _, _, _, _ = g, h, i, j, k, l, m, n, o
}
