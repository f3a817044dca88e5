// strconv.Atoi at the edges of its short-string fast path and beyond it, and
// ParseFloat of plain and unusual decimal forms.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{
		"", "+", "-", "0", "-0", "+12", "007", "123456789012345678", "-123456789012345678",
		"1234567890123456789", "9223372036854775807", "-9223372036854775808",
		"9223372036854775808", "12a", " 1", "1 ", "1_000", "0x10", "--1", "+-1", "٣",
	} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	for _, s := range []string{
		"1.5", "+1.5", "-1.5", ".5", "5.", "1e5", "1E5", "1.e5", "1e+5", "1e-5", "1e", "e5", ".",
		"1e400", "-1e400", "1e-400", "1_0.5", "0x1p3", "Inf", "-inf", "nan", "+.e1", "1.5e+308",
	} {
		f, err := strconv.ParseFloat(s, 64)
		g, err32 := strconv.ParseFloat(s, 32)
		fmt.Printf("ParseFloat(%q) = %v, %v; as float32 %v, %v\n", s, f, err, g, err32)
	}
}
