// math/big's text of numbers of up to 2,000 words in bases 2 to 62: random
// words, powers of ten and their neighbours, long runs of zero words (the
// divide-and-conquer conversion pads every low half), each read back.
package main

import (
	"fmt"
	"math/big"
)

var state uint64 = 4242

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func main() {
	sum := 0
	for i := 0; i < 400; i++ {
		words := int(next() % 200)
		if i%50 == 0 {
			words = 2000
		}
		x := new(big.Int)
		for w := 0; w < words; w++ {
			x.Lsh(x, 64).Or(x, new(big.Int).SetUint64(next()))
		}
		switch i % 5 {
		case 0: // powers of ten and their neighbours
			x.Exp(big.NewInt(10), big.NewInt(int64(next()%3000)), nil)
			if i%10 == 0 {
				x.Sub(x, big.NewInt(1))
			}
		case 1: // long runs of zero words
			x.Lsh(x, uint(next()%5000))
		}
		if next()%2 == 0 {
			x.Neg(x)
		}
		base := []int{10, 10, 2, 16, 36, 62, 7, 3}[i%8]
		s := x.Text(base)
		h := uint64(14695981039346656037)
		for j := 0; j < len(s); j++ {
			h = (h ^ uint64(s[j])) * 1099511628211
		}
		sum += len(s)
		if len(s) > 40 {
			s = s[:20] + "..." + s[len(s)-20:]
		}
		fmt.Println(i, base, len(s), s, h)
		y, ok := new(big.Int).SetString(x.Text(base), base)
		if !ok || y.Cmp(x) != 0 {
			fmt.Println("ROUND TRIP FAILED")
		}
	}
	fmt.Println(sum)
	fmt.Println(new(big.Int).Text(10), big.NewInt(-1).Text(2))
	f := new(big.Int).MulRange(1, 3000)
	fmt.Printf("%d %x %o\n", f.BitLen(), new(big.Int).Rsh(f, 30000), big.NewInt(8))
}
