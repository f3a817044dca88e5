package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "Hé世🙂!"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("\xff"))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Print(string(r), size, " ")
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Println(r, size, utf8.RuneLen('世'), utf8.RuneLen(-1))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n, string(utf8.AppendRune(nil, 'x')))
	for _, c := range "aZ5 _\t!é世" {
		fmt.Print(unicode.IsLetter(c), unicode.IsDigit(c), unicode.IsSpace(c), unicode.IsUpper(c), unicode.IsPunct(c), " ")
	}
	fmt.Println()
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Ω')), unicode.IsPrint('\n'), unicode.IsControl('\n'))
	fmt.Println(utf8.RuneError, utf8.UTFMax, utf8.FullRuneInString("\xe4\xb8"))
}
