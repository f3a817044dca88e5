package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Abs(-3.5), math.Floor(-2.5), math.Ceil(2.1), math.Trunc(-2.7))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Round(2.5), math.Round(-2.5), math.RoundToEven(2.5))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Sin(1), math.Cos(1), math.Atan2(1, 1), math.Log(math.E))
	fmt.Println(math.Inf(1) > math.MaxFloat64, math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.NaN() == math.NaN())
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint32, math.MaxInt8)
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Log2(8), math.Log10(1000), math.Exp(0))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Signbit(-0.0), math.Copysign(3, -1))
	x := 0.1 + 0.2
	fmt.Println(x, x == 0.3, math.Abs(x-0.3) < 1e-9)
	var z float64
	fmt.Println(1/z, -1/z, z/z)
	fmt.Println(math.Pi, float32(math.Pi))
}
