// strconv.ParseComplex and FormatComplex: forms, parentheses, range and syntax errors.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1+2i", "(3-4.5i)", "2i", "-i", "1e3", "+Inf-NaNi", "NaN+Infi", "1e400+1i", "1+1e400i",
		"0x1p-2+0x10p0i", "1_000+2i", "1__0+2i", "1++2i", "1+2j", "", "()", "(1+2i", "i", "1i+2", "infinity-infi", "1e+5-1.5e-3i", ".5+.5i", "1e5i", "+3i", "1+2iX"} {
		c, err := strconv.ParseComplex(s, 128)
		c64, err64 := strconv.ParseComplex(s, 64)
		fmt.Println(s, c, err, c64, err64)
	}
	fmt.Println(strconv.FormatComplex(1.5-2i, 'f', 2, 128), strconv.FormatComplex(complex(1.0/3, -1.0/3), 'g', -1, 64), strconv.FormatComplex(3i, 'e', 3, 128))
	defer func() { fmt.Println("recovered:", recover()) }()
	strconv.FormatComplex(1, 'g', -1, 32)
}
