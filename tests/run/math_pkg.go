package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Abs(-3.5))
	fmt.Println(math.Floor(-2.5), math.Ceil(2.1), math.Trunc(-2.7), math.Round(2.5))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3))
	fmt.Println(math.Inf(1), math.Inf(-1), math.IsNaN(math.NaN()))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32)
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(0), math.Log(math.E))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Log2(8), math.Log10(1000))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
}
