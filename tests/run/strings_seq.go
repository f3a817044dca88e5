// The iterator functions of strings and bytes, and the rest of their Go 1.24+
// additions (CutLast, ToValidUTF8, LastIndexFunc, Clone, ToTitle).
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func main() {
	for line := range strings.Lines("one\ntwo\n\nthree") {
		fmt.Printf("%q ", line)
	}
	fmt.Println()
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("%q ", part)
	}
	fmt.Println()
	for part := range strings.SplitAfterSeq("a,b,c", ",") {
		fmt.Printf("%q ", part)
	}
	fmt.Println()
	for part := range strings.SplitSeq("héllo", "") {
		fmt.Printf("%q ", part)
	}
	fmt.Println()
	for f := range strings.FieldsSeq("  lots   of\tspace  ") {
		fmt.Printf("%q ", f)
	}
	fmt.Println()
	for f := range strings.FieldsFuncSeq("a1b22c333", unicode.IsDigit) {
		fmt.Printf("%q ", f)
		if f == "b" {
			break
		}
	}
	fmt.Println()
	before, after, ok := strings.CutLast("a/b/c", "/")
	fmt.Println(before, after, ok)
	fmt.Println(strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"), strings.LastIndexFunc("go123", unicode.IsLetter), strings.Clone("x"), strings.ToTitle("hello"))

	for line := range bytes.Lines([]byte("x\ny")) {
		fmt.Printf("%q %d ", line, cap(line))
	}
	fmt.Println()
	for part := range bytes.SplitSeq([]byte("1 2 3"), []byte(" ")) {
		fmt.Printf("%s/%d ", part, cap(part))
	}
	fmt.Println()
	for f := range bytes.FieldsSeq([]byte(" p  q ")) {
		fmt.Printf("%s ", f)
	}
	fmt.Println()
	b1, a1, ok := bytes.CutLast([]byte("k=v=w"), []byte("="))
	fmt.Printf("%s %s %v\n", b1, a1, ok)
}
