// FormatInt/FormatUint/Itoa in every base class (10, powers of two, others)
// at the edges of int64 and uint64.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []int64{0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 12345, -1, -10, -99, -100, math.MaxInt64, math.MinInt64, 1 << 40, -(1 << 50) + 3}
	for _, v := range vals {
		for _, b := range []int{2, 3, 7, 8, 10, 16, 32, 36} {
			fmt.Print(strconv.FormatInt(v, b), " ")
		}
		fmt.Println(strconv.FormatUint(uint64(v), 10), strconv.FormatUint(uint64(v), 2), strconv.Itoa(int(v)))
	}
	x := uint64(1)
	for i := 0; i < 64; i++ {
		fmt.Print(strconv.FormatUint(x, 10), strconv.FormatUint(x-1, 10), strconv.FormatUint(x, 36), " ")
		x *= 3
	}
	fmt.Println()
}
