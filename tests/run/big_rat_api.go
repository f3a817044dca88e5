// math/big.Rat against Go: arithmetic in lowest terms, the zero value,
// String/RatString/FloatString (halves away from zero, "-0.00"), Float64 with
// exactness (huge, tiny and subnormal quotients), SetString forms.
package main

import (
	"fmt"
	"math/big"
)

func main() {
	x := big.NewRat(22, 7)
	y := big.NewRat(-3, 12)
	var z big.Rat
	fmt.Println(x, y, &z, z.Denom(), z.Num(), x.Denom(), x.Num())
	fmt.Println(new(big.Rat).Add(x, y), new(big.Rat).Sub(x, y), new(big.Rat).Mul(x, y), new(big.Rat).Quo(x, y), new(big.Rat).Inv(y), new(big.Rat).Neg(y), new(big.Rat).Abs(y))
	fmt.Println(x.Cmp(y), y.Cmp(x), x.Cmp(x), x.Sign(), y.Sign(), z.Sign(), x.IsInt(), big.NewRat(4, 2).IsInt(), big.NewRat(4, 2))
	fmt.Println(x.RatString(), big.NewRat(10, 5).RatString(), x.FloatString(5), y.FloatString(0), y.FloatString(1), big.NewRat(-1, 3).FloatString(3), big.NewRat(2, 3).FloatString(0), big.NewRat(1, 2).FloatString(0), big.NewRat(-1, 2000).FloatString(2), big.NewRat(7, 1).FloatString(2))
	for _, r := range []*big.Rat{x, y, big.NewRat(1, 3), big.NewRat(1, 10), big.NewRat(1<<62, 3), new(big.Rat).SetFrac(new(big.Int).Lsh(big.NewInt(1), 1100), big.NewInt(3)), new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Lsh(big.NewInt(1), 1074)), new(big.Rat).SetFrac(big.NewInt(3), new(big.Int).Lsh(big.NewInt(1), 1076)), big.NewRat(0, 5)} {
		f, exact := r.Float64()
		fmt.Println(f, exact)
	}
	for _, s := range []string{"3/4", "-6/8", "0x10/0b11", "1.25", "-0.125", "1e3", "1.5e-3", ".5", "5.", "1_000.5", "1/0", "abc", "", "3/", "/3", "1e", "0x1f", "-0", "12345678901234567890.0987654321", "2E+2"} {
		r, ok := new(big.Rat).SetString(s)
		fmt.Println(s, r, ok)
	}
	fmt.Printf("%v %s\n", x, y)
	fmt.Println(new(big.Rat).SetInt(big.NewInt(5)), new(big.Rat).SetInt64(-3), new(big.Rat).SetUint64(9), new(big.Rat).Set(x), new(big.Rat).SetFrac64(10, -4))
	defer func() { fmt.Println("recovered:", recover()) }()
	big.NewRat(1, 0)
}
