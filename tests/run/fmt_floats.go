package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1.5, 3.14159265358979, 1e21, 1e20, 1e-7, 123456789.0, 0.000123, 100, math.Inf(1), math.Inf(-1), math.NaN(), -0.0, 2.5e-310}
	for _, v := range vals {
		fmt.Printf("%v|%g|%e|%E|%f|%.2f|%8.3f|%-10.1e|%+.3g|%G\n", v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Println(float32(0.1), float32(1e10), float32(3.4e38), 1.0, 2.0/3.0, float32(2.0)/3)
	fmt.Printf("%v %v %.3v %#v %#v\n", float32(1.5), 1e6, 3.14159, 1.0, 1e-5)
	fmt.Printf("%06.2f|%+08.3f|% .2f|%x|%X\n", 3.14159, -2.5, 2.0, 1.5, 255.75)
	fmt.Printf("%#g %#.3g %#e %#.0f\n", 1.0, 2.0, 3.0, 4.0)
	fmt.Printf("%5.1f%%\n", 99.5)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32, -math.MaxFloat64)
}
