// A string's element is a byte (types2 names it so), and a string has no
// 3-index slice (reported at the third index).
package main

import "unsafe"

func main() {
	var s string = "ab"[0]
	var p *int = unsafe.StringData("x")
	_ = "abc"[0:1:2]
	_, _ = s, p
}
