package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	var seed [32]byte
	copy(seed[:], "chacha8 seed for a minigo test!!")
	c := rand.NewChaCha8(seed)
	for i := 0; i < 6; i++ {
		fmt.Printf("%016x\n", c.Uint64())
	}
	// through a rekeying and beyond
	var h uint64
	for i := 0; i < 1000; i++ {
		h = h*31 + c.Uint64()
	}
	fmt.Printf("%x\n", h)
	r := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(r.IntN(100), r.Float64(), r.Perm(8), r.NormFloat64())
	// Read in odd sizes, marshal mid-way, and resume
	b := make([]byte, 13)
	c.Read(b)
	fmt.Printf("%x\n", b)
	state, err := c.MarshalBinary()
	fmt.Printf("%x %v\n", state, err)
	c.Read(b[:5])
	next := c.Uint64()
	var d rand.ChaCha8
	fmt.Println(d.UnmarshalBinary(state))
	d.Read(b[5:10])
	fmt.Println(string(b[:5]) == string(b[5:10]), d.Uint64() == next)
	fmt.Println(d.UnmarshalBinary([]byte("chacha8:short")))
	c.Seed(seed)
	fmt.Printf("%016x\n", c.Uint64())
	for n := 0; n < 130; n++ {
		c.Uint64()
		if n%31 == 0 {
			s, _ := c.MarshalBinary()
			var e rand.ChaCha8
			e.UnmarshalBinary(s)
			fmt.Print(e.Uint64() == c.Uint64(), " ")
		}
	}
	fmt.Println()
}
