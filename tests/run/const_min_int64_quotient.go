// gc's constant arithmetic (go/constant) divides integers that fit an int64
// as int64s: math.MinInt64 / -1 wraps to math.MinInt64 there, so Go accepts
// these and prints the wrapped value; at run time the division wraps too.
package main

import (
	"fmt"
	"math"
)

func main() {
	const m = math.MinInt64
	var a int64 = m / -1
	const n int64 = -1 << 63
	fmt.Println(a, n/-1, int64(math.MinInt64)/-1, m%-1)
	x, y := int64(math.MinInt64), int64(-1)
	fmt.Println(x/y, x%y)
	const big = -1 << 64
	fmt.Println(big/-2 == 1<<63, big / -(1 << 63))
}
