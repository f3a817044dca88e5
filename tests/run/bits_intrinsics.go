// math/bits calls compiled to single instructions (lzcnt, tzcnt, popcnt,
// rol, bswap, mul) must agree with the functions' Go bodies, which func
// values of them still call, at every width and at 0, the top bit and all ones.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	xs := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0xdeadbeef, 1 << 63, ^uint64(0), 0x0123456789abcdef}
	for _, x := range xs {
		fmt.Println(bits.Len64(x), bits.Len32(uint32(x)), bits.Len16(uint16(x)), bits.Len8(uint8(x)), bits.Len(uint(x)))
		fmt.Println(bits.LeadingZeros64(x), bits.LeadingZeros32(uint32(x)), bits.LeadingZeros16(uint16(x)), bits.LeadingZeros8(uint8(x)), bits.LeadingZeros(uint(x)))
		fmt.Println(bits.TrailingZeros64(x), bits.TrailingZeros32(uint32(x)), bits.TrailingZeros16(uint16(x)), bits.TrailingZeros8(uint8(x)), bits.TrailingZeros(uint(x)))
		fmt.Println(bits.OnesCount64(x), bits.OnesCount32(uint32(x)), bits.OnesCount16(uint16(x)), bits.OnesCount8(uint8(x)), bits.OnesCount(uint(x)))
		for _, k := range []int{0, 1, 5, -3, 63, 64, -64, 100} {
			fmt.Println(bits.RotateLeft64(x, k), bits.RotateLeft32(uint32(x), k), bits.RotateLeft16(uint16(x), k), bits.RotateLeft8(uint8(x), k), bits.RotateLeft(uint(x), k))
		}
		fmt.Println(bits.ReverseBytes64(x), bits.ReverseBytes32(uint32(x)), bits.ReverseBytes16(uint16(x)), bits.ReverseBytes(uint(x)))
		hi, lo := bits.Mul64(x, 0xfedcba9876543210)
		h2, l2 := bits.Mul(uint(x), uint(x))
		fmt.Println(hi, lo, h2, l2)
	}
	// the same functions as values (their Go bodies)
	fs := []func(uint64) int{bits.Len64, bits.TrailingZeros64, bits.OnesCount64, bits.LeadingZeros64}
	for _, f := range fs {
		fmt.Println(f(0), f(12345), f(1<<40))
	}
	var r func(uint32, int) uint32 = bits.RotateLeft32
	fmt.Println(r(0x80000001, 1), r(0x80000001, -1))
}
