// math/bits.Div64 over two million operands of every shape (divisors of each
// width, remainders next to the divisor, all-ones words), each checked by
// multiplying back, and its panics.
package main

import (
	"fmt"
	"math/bits"
)

var state uint64 = 88172645463325252

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func main() {
	var acc uint64
	for i := 0; i < 2000000; i++ {
		y := next()
		switch i % 4 {
		case 0:
			y >>= next() % 64
		case 1:
			y |= 1 << 63
		case 2:
			y = y>>32 | 1
		}
		if y == 0 {
			y = 1
		}
		hi := next() % y
		if i%3 == 0 {
			hi = y - 1
		}
		lo := next()
		if i%5 == 0 {
			lo = ^uint64(0)
		}
		q, r := bits.Div64(hi, lo, y)
		acc = acc*31 + q ^ r
		if i < 5 || r >= y {
			fmt.Println(hi, lo, y, q, r)
		}
		// check: q*y + r == hi:lo
		h, l := bits.Mul64(q, y)
		l2, c := bits.Add64(l, r, 0)
		if l2 != lo || h+c != hi {
			fmt.Println("WRONG", hi, lo, y, q, r)
		}
	}
	fmt.Println(acc)
	q, r := bits.Div64(0, 7, 2)
	fmt.Println(q, r, bits.Rem64(5, 3, 4))
	q32, r32 := bits.Div32(1, 2, 3)
	fmt.Println(q32, r32)
	defer func() { fmt.Println(recover()) }()
	bits.Div64(5, 0, 5)
}
