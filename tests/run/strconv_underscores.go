// strconv.ParseFloat: underscores between digits (decimal too), signs on
// infinities but not on NaN.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1_000", "1_000.5", "0x1_0p0", "1__0", "_1", "1_", "1_.5", "1._5", "1e1_0", "0x_1p0",
		"+Inf", "-inf", "infinity", "+NaN", "NaN", "nan", "-nan", "1e", "0x1", ".", "+.5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	fmt.Println(strconv.ParseComplex("1_000", 128))
}
