// ScanWords splits at every space unicode.IsSpace accepts, ASCII or not
// (U+00A0, U+2003, U+3000, U+0085), not at U+200B, and keeps invalid UTF-8
// inside words; a word longer than the buffer is an error.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	in := "  héllo\u00a0wörld\u2003x\u3000y\t\tz\u0085end \xff\xfe bad\u200bzero  "
	sc := bufio.NewScanner(strings.NewReader(in))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("ab ", 3000) + strings.Repeat("x", 70000)))
	sc.Split(bufio.ScanWords)
	n := 0
	for sc.Scan() {
		n++
	}
	fmt.Println(n, sc.Err())
}
