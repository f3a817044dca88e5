// math's transcendental functions return Go's results to the last bit (their
// printed shortest forms show every bit): a checksum of each function's bits
// over 20,000 arguments, and a few printed values.
package main

import (
	"fmt"
	"math"
)

func main() {
	fs := []struct {
		name string
		f    func(float64) float64
		lo   float64
		step float64
	}{
		{"Sin", math.Sin, -40, 0.0041},
		{"Cos", math.Cos, -40, 0.0041},
		{"Tan", math.Tan, -40, 0.0041},
		{"SinHuge", math.Sin, 1e9, 1e13},
		{"Exp", math.Exp, -745, 0.0733},
		{"Exp2", math.Exp2, -1075, 0.1},
		{"Expm1", math.Expm1, -40, 0.0041},
		{"Log", math.Log, 1e-310, 1.7e3},
		{"LogSmall", math.Log, 1e-320, 1e-318},
		{"Log2", math.Log2, 1e-3, 0.37},
		{"Log10", math.Log10, 1e-3, 0.37},
		{"Log1p", math.Log1p, -0.999, 0.0011},
		{"Atan", math.Atan, -30, 0.003},
		{"Asin", math.Asin, -1, 0.0001},
		{"Acos", math.Acos, -1, 0.0001},
		{"Sinh", math.Sinh, -30, 0.003},
		{"Cosh", math.Cosh, -30, 0.003},
		{"Tanh", math.Tanh, -30, 0.003},
		{"Asinh", math.Asinh, -300, 0.031},
		{"Acosh", math.Acosh, 1, 0.031},
		{"Atanh", math.Atanh, -1, 0.0001},
		{"Cbrt", math.Cbrt, -3000, 0.31},
		{"Pow1.37", func(x float64) float64 { return math.Pow(x, 1.37) }, 0, 0.011},
		{"Pow-7", func(x float64) float64 { return math.Pow(x, -7) }, -20, 0.0021},
		{"Atan2", func(x float64) float64 { return math.Atan2(x, 3-x) }, -20, 0.0021},
	}
	for _, f := range fs {
		h := uint64(0)
		for i := 0; i < 20000; i++ {
			h = h*31 + math.Float64bits(f.f(f.lo+float64(i)*f.step))
		}
		fmt.Printf("%-8s %016x\n", f.name, h)
	}
	fmt.Println(math.Sin(1), math.Cos(1), math.Tan(1), math.Exp(1), math.Log(10), math.Pow(2, 0.5), math.Cbrt(2))
	fmt.Println(math.Sin(1e300), math.Exp(-745.1), math.Log(5e-324), math.Expm1(1e-10), math.Log1p(-1e-17))
	sin, cos := math.Sincos(0.5)
	fma := math.FMA
	fmt.Println(sin, cos, math.FMA(0.1, 10, -1), fma(0.1, 10, -1), math.Pow10(-5), math.Pow10(400))
	fmt.Println(math.Remainder(10, 3), math.Remainder(11, 3), math.Nextafter(1, 2), math.Nextafter32(1, 0), math.Logb(1000), math.Ilogb(0.001))
}
