// A float exactly halfway between the two nearest shortest decimal forms
// prints as Go 1.27 prints it (the even one, unless only the other reads back).
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	for e := -40; e <= -20; e++ {
		x := math.Ldexp(1, e)
		fmt.Println(x, x*3, float32(x), float32(x*3), strconv.FormatFloat(x*5, 'e', -1, 64))
	}
	println(2.98023223876953125e-08, float32(0.000244140625))
	fmt.Printf("%v %g %e %G\n", 2.98023223876953125e-08, 2.98023223876953125e-08, 2.98023223876953125e-08, float32(0.000244140625))
}
