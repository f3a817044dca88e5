package main

import (
	"fmt"
	"strconv"
	"unicode"
)

func main() {
	fs := []func(rune) bool{unicode.IsLetter, unicode.IsDigit, unicode.IsNumber, unicode.IsUpper, unicode.IsLower, unicode.IsTitle, unicode.IsPunct, unicode.IsSpace, unicode.IsPrint, unicode.IsGraphic, unicode.IsControl, unicode.IsMark, unicode.IsSymbol, strconv.IsPrint, strconv.IsGraphic}
	for i, f := range fs {
		var h uint64 = 14695981039346656037
		n := 0
		for r := rune(-5); r <= unicode.MaxRune+5; r++ {
			if f(r) {
				n++
				h = (h ^ uint64(r)) * 1099511628211
			}
		}
		fmt.Println(i, n, h)
	}
	var h uint64
	for r := rune(-5); r <= unicode.MaxRune+5; r++ {
		h = h*31 + uint64(unicode.ToUpper(r)) ^ uint64(unicode.ToLower(r))<<7 ^ uint64(unicode.ToTitle(r))<<3
	}
	fmt.Println(h)
}
