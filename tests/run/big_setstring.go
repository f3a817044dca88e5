// math/big's SetString for Int (each base, prefixes, underscores, signs,
// the panic of an invalid base) and Rat (fractions, prefixed and binary
// exponent forms), including what Go leaves in the receiver when it fails.
package main

import (
	"fmt"
	"math/big"
)

func rats() {
	for _, s := range []string{"0x1.8p-2", "0b101.01", "0o7.4p1", "1_000.5", "-0x_Fp+3", "1e1000001", "1p10000001", "3/4", "-3/-4", "3/0x10", "3/010", "0/5", "-0", "0.000", "1.", ".5e1", "1e", "e1", "1.2.3", "0x", "12e-3", "+7", "--7", "1__0", "0x1e3", "0x1.e3", "7/8/9", "1/2 ", " 1/2", "1E2", "1P2", "5/_1"} {
		z := big.NewRat(11, 13)
		r, ok := z.SetString(s)
		fmt.Printf("%q %v %v %v\n", s, r, ok, z)
	}
}

func main() {
	rats()
	cases := []struct {
		s    string
		base int
	}{{"123", 10}, {"-0x1f", 0}, {"0x", 0}, {"0_1", 0}, {"01_7", 0}, {"089", 0}, {"08", 0}, {"0", 0}, {"-0", 0}, {"zZ", 62}, {"zz", 36}, {"ZZ", 36}, {"1_0", 10}, {"1__0", 0}, {"_10", 0}, {"10_", 0}, {"0x_1", 0}, {"0b", 0}, {"+", 10}, {"", 10}, {" 1", 10}, {"1 ", 10}, {"ff", 16}, {"FF", 16}, {"g", 16}, {"0o17", 0}, {"0O17", 0}, {"0B11", 0}, {"-+1", 10}, {"12345678901234567890123456789012345678901234567890", 10}}
	for _, c := range cases {
		z := big.NewInt(77)
		r, ok := z.SetString(c.s, c.base)
		fmt.Printf("%q %d: %v %v %v\n", c.s, c.base, r, ok, z)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	new(big.Int).SetString("1", 1)
}
