// math/big.Rat.Float64 (correct rounding to nearest even) and FloatString
// on 2,000 generated fractions of 1 to 5 words, some shifted by up to 1,100 bits.
package main

import (
	"fmt"
	"math/big"
)

func main() {
	seed := uint64(777)
	next := func() uint64 { seed = seed*6364136223846793005 + 1442695040888963407; return seed }
	for i := 0; i < 2000; i++ {
		a := new(big.Int).SetUint64(next() >> (next() % 64))
		b := new(big.Int).SetUint64(next()>>(next()%64) | 1)
		for k := next() % 4; k > 0; k-- {
			a.Mul(a, new(big.Int).SetUint64(next()))
		}
		for k := next() % 3; k > 0; k-- {
			b.Mul(b, new(big.Int).SetUint64(next()|1))
		}
		if i%7 == 0 {
			b.Lsh(b, uint(next()%1100))
		}
		if i%11 == 0 {
			a.Lsh(a, uint(next()%1100))
		}
		if i%2 == 0 {
			a.Neg(a)
		}
		r := new(big.Rat).SetFrac(a, b)
		f, exact := r.Float64()
		if i%20 == 0 {
			fmt.Println(r.FloatString(int(next()%30)), f, exact)
		} else {
			fmt.Println(f, exact)
		}
	}
}
