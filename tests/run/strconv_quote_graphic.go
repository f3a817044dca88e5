// strconv: the Graphic and Append quoting variants, IsGraphic, QuotedPrefix.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	s := "a\u00a0b\u2003c\u3000\t\x7fé☺\xff"
	fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s))
	fmt.Println(string(strconv.AppendQuoteToGraphic([]byte("x:"), s)), string(strconv.AppendQuoteToASCII(nil, "é")))
	for _, r := range []rune{'a', '\u00a0', '\u2003', '\n', '☺', 0x10ffff + 1, '\''} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), strconv.IsGraphic(r), strconv.IsPrint(r),
			string(strconv.AppendQuoteRune([]byte("<"), r)), string(strconv.AppendQuoteRuneToASCII(nil, r)), string(strconv.AppendQuoteRuneToGraphic(nil, r)))
	}
	for _, s := range []string{`"hello" world`, "`raw\nstring` tail", `'a' b`, `"unterminated`, `"bad \q escape" x`, `'ab'`, `"esc \" quote" after`, "x", `""`, "\"line\nbreak\""} {
		p, err := strconv.QuotedPrefix(s)
		fmt.Printf("%q %q %v\n", s, p, err)
	}
}
