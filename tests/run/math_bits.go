// math/bits: every function over edge values, and Div's panics.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	xs := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0x8000, 0xffff, 0x12345678, 0x80000000, 0xffffffff, 1 << 32, 0x0123456789abcdef, 1 << 63, ^uint64(0)}
	fmt.Println(bits.UintSize)
	for _, x := range xs {
		fmt.Println(x, bits.Len64(x), bits.Len32(uint32(x)), bits.Len16(uint16(x)), bits.Len8(uint8(x)), bits.Len(uint(x)))
		fmt.Println(" lz", bits.LeadingZeros64(x), bits.LeadingZeros32(uint32(x)), bits.LeadingZeros16(uint16(x)), bits.LeadingZeros8(uint8(x)), bits.LeadingZeros(uint(x)))
		fmt.Println(" tz", bits.TrailingZeros64(x), bits.TrailingZeros32(uint32(x)), bits.TrailingZeros16(uint16(x)), bits.TrailingZeros8(uint8(x)), bits.TrailingZeros(uint(x)))
		fmt.Println(" ones", bits.OnesCount64(x), bits.OnesCount32(uint32(x)), bits.OnesCount16(uint16(x)), bits.OnesCount8(uint8(x)), bits.OnesCount(uint(x)))
		fmt.Printf(" rev %x %x %x %x %x\n", bits.Reverse64(x), bits.Reverse32(uint32(x)), bits.Reverse16(uint16(x)), bits.Reverse8(uint8(x)), bits.Reverse(uint(x)))
		fmt.Printf(" revb %x %x %x %x\n", bits.ReverseBytes64(x), bits.ReverseBytes32(uint32(x)), bits.ReverseBytes16(uint16(x)), bits.ReverseBytes(uint(x)))
		for _, k := range []int{0, 1, 5, -3, 63, 64, 100} {
			fmt.Printf(" rot%d %x %x %x %x %x\n", k, bits.RotateLeft64(x, k), bits.RotateLeft32(uint32(x), k), bits.RotateLeft16(uint16(x), k), bits.RotateLeft8(uint8(x), k), bits.RotateLeft(uint(x), k))
		}
		for _, y := range []uint64{0, 1, 0xffffffff, 1 << 63, ^uint64(0)} {
			for _, c := range []uint64{0, 1} {
				s, co := bits.Add64(x, y, c)
				d, bo := bits.Sub64(x, y, c)
				s32, co32 := bits.Add32(uint32(x), uint32(y), uint32(c))
				d32, bo32 := bits.Sub32(uint32(x), uint32(y), uint32(c))
				fmt.Printf(" %x%+x%+d: add %x %d sub %x %d add32 %x %d sub32 %x %d\n", x, y, c, s, co, d, bo, s32, co32, d32, bo32)
			}
			hi, lo := bits.Mul64(x, y)
			h32, l32 := bits.Mul32(uint32(x), uint32(y))
			fmt.Printf(" mul %x %x mul32 %x %x\n", hi, lo, h32, l32)
			if y != 0 {
				q, r := bits.Div64(hi%y, lo, y)
				fmt.Printf(" div %x %x rem %x rem32 %x\n", q, r, bits.Rem64(hi, lo, y), bits.Rem32(uint32(hi), uint32(lo), uint32(y|1)))
			}
		}
	}
	for _, c := range [][3]uint64{{1, 0, 0}, {5, 0, 5}, {5, 0, 3}} {
		func() {
			defer func() {
				r := recover()
				_, isErr := r.(interface{ RuntimeError() })
				fmt.Println("recovered:", r, isErr)
			}()
			fmt.Println(bits.Div64(c[0], c[1], c[2]))
		}()
	}
}
