// strings.Builder shares its buffer with the strings it returns, so a copy of a
// written Builder may not be written to (Go panics); an unwritten copy, or a
// copy after Reset, may.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var a strings.Builder
	a.WriteString("abc")
	s := a.String()
	a.WriteString("def")
	fmt.Println(s, a.String(), a.Len())

	b := a
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		b.WriteByte('x')
	}()
	fmt.Println(s, a.String(), b.String())

	var empty strings.Builder
	c := empty
	c.WriteString("fresh")
	fmt.Println(c.String())

	a.Reset()
	d := a
	d.WriteString("after reset")
	fmt.Println(d.String(), a.Len())

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		e := c
		e.Grow(10)
	}()
}
