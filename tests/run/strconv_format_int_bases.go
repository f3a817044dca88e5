// strconv.FormatInt, FormatUint, AppendInt and Itoa in every base, at the
// edges (0, powers, MinInt64, MaxUint64), checksummed; a bad base panics.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []int64{0, 1, -1, 9, 10, 99, 100, -100, 12345, math.MaxInt64, math.MinInt64, 1e18, 1e18 - 1, -1e18}
	for p := int64(1); p > 0 && p < math.MaxInt64/7; p *= 7 {
		vals = append(vals, p, p-1, -p, p+1)
	}
	h := 0
	for _, v := range vals {
		for base := 2; base <= 36; base++ {
			s := strconv.FormatInt(v, base)
			u := strconv.FormatUint(uint64(v), base)
			a := strconv.AppendInt([]byte("x"), v, base)
			for _, c := range s + u + string(a) {
				h = h*31 + int(c)
			}
		}
	}
	fmt.Println(h, strconv.Itoa(-45), strconv.FormatUint(math.MaxUint64, 10), strconv.FormatUint(math.MaxUint64, 2), string(strconv.AppendUint(nil, 1e19, 10)))
	defer func() { fmt.Println(recover()) }()
	strconv.FormatInt(1, 1)
}
