// math/rand/v2: the PCG source, every Rand method, marshaling, and N.
package main

import (
	"fmt"
	"math/rand/v2"
)

type Celsius int16

func main() {
	for _, s := range [][2]uint64{{1, 2}, {0, 0}, {42, 1 << 63}} {
		p := rand.NewPCG(s[0], s[1])
		r := rand.New(p)
		fmt.Println(r.Int64(), r.Uint32(), r.Uint64(), r.Int32(), r.Int(), r.Uint())
		fmt.Println(r.Int64N(1000), r.Uint64N(1<<40+3), r.Int32N(7), r.Uint32N(1<<31+1), r.IntN(100), r.UintN(8))
		fmt.Println(r.Float64(), r.Float32(), r.Perm(8), r.NormFloat64(), r.ExpFloat64())
		s := []string{"a", "b", "c", "d", "e"}
		r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
		fmt.Println(s)
		b, err := p.MarshalBinary()
		fmt.Println(b, err)
		var q rand.PCG
		fmt.Println(q.UnmarshalBinary(b), q.Uint64() == p.Uint64(), q.UnmarshalBinary(b[:5]))
		p.Seed(s0(s), 9)
		fmt.Println(p.Uint64())
	}
	var sum float64
	r := rand.New(rand.NewPCG(7, 7))
	for i := 0; i < 100000; i++ {
		sum += r.NormFloat64() + r.ExpFloat64()
	}
	fmt.Printf("%.6f\n", sum/100000)
	n := rand.N(Celsius(10))
	fmt.Printf("%T %v %v\n", n, n >= 0 && n < 10, rand.IntN(5) < 5)
	defer func() { fmt.Println("recovered:", recover()) }()
	rand.N(0)
}

func s0(s []string) uint64 { return uint64(len(s[0])) }
