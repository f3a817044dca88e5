// math/big.Int.GCD's Bezout coefficients as Go computes them, signs
// included (a negative a can give a "-0" coefficient, as in Go).
package main

import (
	"fmt"
	"math/big"
)

func main() {
	seed := uint64(12345)
	next := func() uint64 { seed = seed*6364136223846793005 + 1442695040888963407; return seed }
	for i := 0; i < 300; i++ {
		a := new(big.Int).SetUint64(next() >> (next() % 60))
		b := new(big.Int).SetUint64(next() >> (next() % 60))
		if i%3 == 0 {
			a.Mul(a, new(big.Int).SetUint64(next()))
		}
		if i%4 == 1 {
			a.Neg(a)
		}
		if i%5 == 2 {
			b.Neg(b)
		}
		x, y := new(big.Int), new(big.Int)
		g := new(big.Int).GCD(x, y, a, b)
		fmt.Println(a, b, g, x, y)
	}
	fmt.Println(new(big.Int).GCD(new(big.Int), new(big.Int), big.NewInt(0), big.NewInt(-5)))
	x, y := new(big.Int), new(big.Int)
	fmt.Println(new(big.Int).GCD(x, y, big.NewInt(-6), big.NewInt(0)), x, y)
}
