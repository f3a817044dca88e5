package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "Hello, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%c:%d ", r, size)
		i += size
	}
	fmt.Println()
	var buf []byte
	buf = utf8.AppendRune(buf, '界')
	fmt.Println(buf, utf8.RuneLen('é'))
	b := byte('a')
	b += 2
	fmt.Println(b, string(b))
	fmt.Println(utf8.ValidString("a\xffb"), utf8.ValidString("ok"))
}
