// A selector that is not found but differs from a field or method only in
// case: gc's wording depends on whether the alternative is in this package
// (misspelled), exported elsewhere, or unexported elsewhere.
package main

import (
	"bytes"
	"strings"
)

type S struct {
	f   int
	Foo int
}

func (S) meth() {}

type I interface{ Do() }

func main() {
	var s S
	_ = s.F
	_ = s.fOO
	s.Meth()
	var i I
	i.do()
	var b strings.Builder
	_ = b.Buf
	var buf bytes.Buffer
	_ = buf.len()
	_ = S{F: 1}
	var lit struct{ abc int }
	_ = lit.ABC
}
