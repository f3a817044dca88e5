package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{`"abc"`, `"a\tb"`, `'x'`, `'xy'`, `''`, `'\n'`, "`raw`", "`r\raw`", "`a`b`", `"a"b"`, `"é"`, "\"\xff\"", "'\xff'", `"line
"`, `"a\"b"`, `'"'`, `"'"`, `'''`, `""`, `"`, `x`, "'é'", `"\u00e9\x41"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %q %v\n", s, u, err)
	}
	for _, s := range []string{"", "abc", "a\tb\"c", "é\x00\xff", "日本"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s))
	}
}
