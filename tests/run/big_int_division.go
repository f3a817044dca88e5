// math/big.Int division (Knuth D) on 3,000 generated pairs of 1 to 7 words
// whose words are random or extreme (all ones, zero, the top bit): quotients,
// remainders, Euclidean moduli, products, square roots, modular powers.
package main

import (
	"fmt"
	"math/big"
)

var seed uint64 = 88172645463325252

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

// num builds a number of n words whose words are random or extreme.
func num(n int) *big.Int {
	z := new(big.Int)
	for i := 0; i < n; i++ {
		var w uint64
		switch next() % 5 {
		case 0:
			w = 1<<64 - 1
		case 1:
			w = 0
		case 2:
			w = 1 << 63
		default:
			w = next()
		}
		z.Lsh(z, 64)
		z.Add(z, new(big.Int).SetUint64(w))
	}
	if next()%3 == 0 {
		z.Neg(z)
	}
	return z
}

func main() {
	sum := new(big.Int)
	for i := 0; i < 3000; i++ {
		a := num(int(next()%7) + 1)
		b := num(int(next()%5) + 1)
		if b.Sign() == 0 {
			continue
		}
		q, r := new(big.Int).QuoRem(a, b, new(big.Int))
		d, m := new(big.Int).DivMod(a, b, new(big.Int))
		// q*b + r must be a
		back := new(big.Int).Add(new(big.Int).Mul(q, b), r)
		if back.Cmp(a) != 0 {
			fmt.Println("BAD", a, b)
		}
		sum.Add(sum, q).Add(sum, r).Add(sum, d).Add(sum, m)
		if i%100 == 0 {
			fmt.Println(a, b, q, r, m)
			fmt.Printf("%x %x\n", new(big.Int).Mul(a, b), new(big.Int).Sqrt(new(big.Int).Abs(a)))
			mod := new(big.Int).Abs(b)
			if mod.Sign() > 0 {
				fmt.Println(new(big.Int).Exp(a, big.NewInt(int64(next()%50)), mod), new(big.Int).GCD(nil, nil, new(big.Int).Abs(a), mod))
			}
		}
	}
	fmt.Println(sum)
}
