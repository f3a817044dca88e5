package main

import (
	"fmt"
	"math/rand"
	randv2 "math/rand/v2"
)

func main() {
	r := rand.New(rand.NewSource(42))
	for _, p := range []struct {
		s, v float64
		imax uint64
	}{{1.1, 1, 100}, {2, 1, 10}, {1.5, 3.5, 1000}, {3, 10, 1 << 40}, {1.01, 1, 5}} {
		z := rand.NewZipf(r, p.s, p.v, p.imax)
		counts := map[uint64]int{}
		var sum uint64
		for i := 0; i < 20000; i++ {
			k := z.Uint64()
			if k <= 3 {
				counts[k]++
			}
			sum += k
		}
		fmt.Println(p, counts, sum)
	}
	fmt.Println(rand.NewZipf(r, 1, 1, 10) == nil, rand.NewZipf(r, 2, 0.5, 10) == nil)
	r2 := randv2.New(randv2.NewPCG(1, 2))
	z2 := randv2.NewZipf(r2, 1.3, 2, 50)
	for i := 0; i < 10; i++ {
		fmt.Print(z2.Uint64(), " ")
	}
	fmt.Println()
	var nilz *rand.Zipf
	defer func() { fmt.Println("recovered:", recover()) }()
	nilz.Uint64()
}
