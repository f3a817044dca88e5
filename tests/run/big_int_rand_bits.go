// math/big: Int.Rand from a seeded math/rand generator gives Go's numbers
// (limits of one and several words, powers of two, 1, 0 and negative), and
// Bits/SetBits share their words.
package main

import (
	"fmt"
	"math/big"
	"math/rand"
)

func main() {
	rnd := rand.New(rand.NewSource(42))
	limits := []*big.Int{big.NewInt(10), big.NewInt(1), big.NewInt(0), big.NewInt(-5), new(big.Int).Lsh(big.NewInt(1), 64), new(big.Int).Lsh(big.NewInt(1), 100), new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 127), big.NewInt(1))}
	f, _ := new(big.Int).SetString("123456789012345678901234567890123456789", 10)
	limits = append(limits, f)
	for _, n := range limits {
		var out []string
		for i := 0; i < 6; i++ {
			out = append(out, new(big.Int).Rand(rnd, n).String())
		}
		fmt.Println(n, out)
	}
	x := new(big.Int).Lsh(big.NewInt(3), 70)
	w := x.Bits()
	fmt.Println(len(w), w[0], w[1])
	w[0] = 7
	fmt.Println(x)
	y := new(big.Int).SetBits([]big.Word{5, 0, 0})
	fmt.Println(y, len(y.Bits()), new(big.Int).SetBits(nil), new(big.Int).Neg(y).Bits())
}
