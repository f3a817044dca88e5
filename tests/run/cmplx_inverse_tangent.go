package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	inf, nan := math.Inf(1), math.NaN()
	parts := []float64{0, math.Copysign(0, -1), 0.5, -0.5, 1, -1, 1.5, -2.25, math.Pi / 2, math.Pi, 3e-9, 7.5, -30, 1e10, 2e9, 1e300, inf, -inf, nan}
	fns := []struct {
		name string
		f    func(complex128) complex128
	}{
		{"Asin", cmplx.Asin}, {"Acos", cmplx.Acos}, {"Atan", cmplx.Atan},
		{"Asinh", cmplx.Asinh}, {"Acosh", cmplx.Acosh}, {"Atanh", cmplx.Atanh},
		{"Tan", cmplx.Tan}, {"Tanh", cmplx.Tanh}, {"Cot", cmplx.Cot},
	}
	for _, fn := range fns {
		var h uint64
		for _, re := range parts {
			for _, im := range parts {
				w := fn.f(complex(re, im))
				h = h*1000003 + math.Float64bits(real(w))*31 + math.Float64bits(imag(w))
			}
		}
		fmt.Printf("%s %x %v %v %v\n", fn.name, h, fn.f(complex(0.3, 0.4)), fn.f(complex(2, -3)), fn.f(complex(math.Pi/2, 1e-3)))
	}
	// tangents near the poles, where the series takes over
	for _, z := range []complex128{complex(math.Pi/2, 0), complex(math.Pi/2, 0.01), complex(math.Pi, 0.05), complex(3*math.Pi/2+1e-9, 0), complex(1e10, 0.1), complex(1e20, 0.01)} {
		fmt.Println(z, cmplx.Tan(z), cmplx.Cot(z), cmplx.Tanh(z*1i))
	}
	fmt.Printf("%.4f %.4f\n", cmplx.Atan(1+1i), cmplx.Asinh(cmplx.Sinh(0.5+0.25i)))
}
