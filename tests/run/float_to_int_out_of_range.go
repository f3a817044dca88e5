// Float to integer conversions of NaN, infinities and values out of range
// give what gc's amd64 code gives (the result is implementation-specific in
// the spec): the truncating instructions' "indefinite" value, the minimum
// signed integer, and 1<<63 for uint64 beyond 2^64.
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{math.NaN(), math.Inf(1), math.Inf(-1), 1e300, -1e300, -1, -0.5, 0.5, 1 << 63, 1 << 64, 1.8e19, 9.3e18, 4294967296, 4294967295.5, 256.7, -3.7}
	for _, f := range vals {
		fmt.Println(f, uint64(f), int64(f), uint32(f), int32(f), uint16(f), int16(f), uint8(f), int8(f), uint(f), int(f), uintptr(f))
		g := float32(f)
		fmt.Println(" f32", uint64(g), int64(g), uint32(g), int32(g), uint8(g))
	}
}
