// unicode.SpecialCase (TurkishCase, a program's own ranges, UpperLower
// sequences) and strings/bytes ToUpperSpecial, ToLowerSpecial,
// ToTitleSpecial; unicode.To.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "Iıİi dİyarbakır ISTANBUL istanbul"
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, s))
	fmt.Println(strings.ToLowerSpecial(unicode.TurkishCase, s))
	fmt.Println(strings.ToTitleSpecial(unicode.AzeriCase, s))
	fmt.Println(strings.ToUpper(s), strings.ToLower(s))
	fmt.Printf("%s %s %s\n", bytes.ToUpperSpecial(unicode.TurkishCase, []byte(s)), bytes.ToLowerSpecial(unicode.TurkishCase, []byte(s)), bytes.ToTitleSpecial(unicode.TurkishCase, []byte("ii")))
	// a program's own: a-c swap to x-z, and an upper/lower alternating range
	own := unicode.SpecialCase{
		unicode.CaseRange{Lo: 'a', Hi: 'c', Delta: [unicode.MaxCase]rune{'x' - 'a', 0, 'x' - 'a'}},
		unicode.CaseRange{Lo: 0x100, Hi: 0x105, Delta: [unicode.MaxCase]rune{unicode.UpperLower, unicode.UpperLower, unicode.UpperLower}},
	}
	for _, r := range "abcdĀāĂăĄą" {
		fmt.Printf("%c:%c%c%c ", r, own.ToUpper(r), own.ToLower(r), own.ToTitle(r))
	}
	fmt.Println()
	fmt.Println(string(unicode.To(unicode.UpperCase, 'q')), string(unicode.To(unicode.LowerCase, 'Q')), string(unicode.To(unicode.TitleCase, 'ǆ')), unicode.To(7, 'x') == unicode.ReplacementChar)
}
