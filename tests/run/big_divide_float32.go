package main

// math/big: Int.Divide in the four rounding modes (and a mode it does not
// take), Rat.Float32 and Rat.FloatPrec, on small cases and random operands.

import (
	"fmt"
	"math"
	"math/big"
	"math/rand"
)

func main() {
	modes := []big.RoundingMode{big.Trunc, big.Floor, big.Round, big.Ceil}
	for _, xy := range [][2]int64{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {5, 2}, {3, 2}, {-5, 2}, {-3, 2}, {6, 3}, {1, 3}, {-1, 3}, {0, 5}, {2, 4}, {-2, 4}, {6, 4}} {
		x, y := big.NewInt(xy[0]), big.NewInt(xy[1])
		for _, m := range modes {
			q, r := new(big.Int).Divide(x, y, new(big.Int), m)
			fmt.Print(m, " ", xy, " ", q, " ", r, "; ")
		}
		fmt.Println()
	}
	q, r := (*big.Int)(nil).Divide(big.NewInt(9), big.NewInt(4), nil, big.Floor)
	fmt.Println(q == nil, r == nil)
	z := big.NewInt(100)
	z.Divide(z, big.NewInt(7), z, big.Ceil)
	fmt.Println(z)
	rng := rand.New(rand.NewSource(5))
	for i := 0; i < 300; i++ {
		a := new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), uint(rng.Intn(300))))
		b := new(big.Int).Rand(rng, new(big.Int).Lsh(big.NewInt(1), uint(rng.Intn(200)+1)))
		if b.Sign() == 0 {
			b.SetInt64(3)
		}
		if rng.Intn(2) == 0 {
			a.Neg(a)
		}
		if rng.Intn(2) == 0 {
			b.Neg(b)
		}
		m := modes[rng.Intn(4)]
		q, r := new(big.Int).Divide(a, b, new(big.Int), m)
		if i%30 == 0 {
			fmt.Println(m, q, r)
		}
		rat := new(big.Rat).SetFrac(a, b)
		f32, e32 := rat.Float32()
		f64, e64 := rat.Float64()
		n, ex := rat.FloatPrec()
		fmt.Println(f32, e32, f64, e64, n, ex)
	}
	for _, s := range []string{"0", "1", "1/2", "1/3", "1/4", "1/6", "3/40", "7/1250", "1/1024", "22/7", "1e-300", "1e40", "1e39", "3.4028235e38", "3.4028236e38", "1e-46", "1.4e-45", "7e-46", "-2.5", "16777217", "1/3e-40"} {
		r, ok := new(big.Rat).SetString(s)
		if !ok {
			fmt.Println("bad", s)
			continue
		}
		f, e := r.Float32()
		n, ex := r.FloatPrec()
		fmt.Println(s, f, e, math.Float32bits(f), n, ex)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	new(big.Int).Divide(big.NewInt(7), big.NewInt(2), nil, big.AwayFromZero)
}
