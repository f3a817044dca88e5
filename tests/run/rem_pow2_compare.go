// x % 2^k compared with zero is a test of x's low bits (as gc rewrites it),
// for signed and unsigned types of every width, negative operands, the
// minimum value, and a divisor of -2^k; division and remainder by constant
// divisors, -1 included (MinInt / -1 wraps, x % -1 is 0).
package main

import (
	"fmt"
	"math"
)

//go:noinline
func ints() []int64 {
	return []int64{0, 1, -1, 2, -2, 3, -3, 4, -4, 6, -6, 8, -8, 127, -128, 255, 256, -256, 1 << 40, -(1 << 40), math.MaxInt64, math.MinInt64}
}

func main() {
	for _, v := range ints() {
		x, i32, i8, u, u8 := v, int32(v), int8(v), uint64(v), uint8(v)
		fmt.Println(v,
			x%2 == 0, x%4 != 0, 0 == x%8, x%(1<<62) == 0, x%math.MinInt64 == 0,
			i32%2 == 0, i32%16 != 0, i32%math.MinInt32 == 0,
			i8%2 == 0, i8%-128 == 0, i8%64 != 0,
			u%2 == 0, u%(1<<63) == 0, u8%4 == 0, u8%128 != 0,
			x%3 == 0, x%-4 == 0)
		fmt.Println(x/3, x%3, x/-1, x%-1, x/-8, x%-8, i8/-1, i8%-1, i32/7, i32%7, u/10, u%10, u8/3, u8%3)
	}
}
