// math/rand: NormFloat64 and ExpFloat64 (ziggurat) from a seeded Source.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(2024))
	var sn, se float64
	for i := 0; i < 100000; i++ {
		n, e := r.NormFloat64(), r.ExpFloat64()
		sn += n
		se += e
		if i < 8 {
			fmt.Println(n, e)
		}
	}
	fmt.Printf("%.6f %.6f\n", sn/100000, se/100000)
}
