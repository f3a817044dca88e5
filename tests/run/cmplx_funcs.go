// math/cmplx: special values exactly, transcendental results to 12 digits
// (their last bits are math's).
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	inf, nan := math.Inf(1), math.NaN()
	negz := math.Copysign(0, -1)
	vals := []complex128{0, 1, -1, 1i, -1i, 3 + 4i, -3 - 4i, 1e300 + 1e300i, 1e-300 + 1e-300i, 0.5 - 0.25i,
		complex(inf, 0), complex(-inf, 1), complex(0, inf), complex(nan, 0), complex(1, nan), complex(negz, negz), complex(-4, negz)}
	for _, v := range vals {
		fmt.Println(v, cmplx.Abs(v), cmplx.Sqrt(v), cmplx.Conj(v), cmplx.IsNaN(v), cmplx.IsInf(v))
		fmt.Printf("  %.12g %.12g %.12g %.12g\n", cmplx.Phase(v), cmplx.Exp(v), cmplx.Log(v), cmplx.Log10(v))
		fmt.Printf("  %.12g %.12g %.12g %.12g\n", cmplx.Sin(v), cmplx.Cos(v), cmplx.Sinh(v), cmplx.Cosh(v))
		fmt.Printf("  %.12g %.12g %.12g\n", cmplx.Pow(v, 2), cmplx.Pow(v, 0.5i), cmplx.Pow(2, v))
	}
	r, th := cmplx.Polar(-2i)
	fmt.Printf("%.12g %.12g %.12g\n", r, th, cmplx.Rect(2, math.Pi/2))
	fmt.Println(cmplx.Inf(), cmplx.NaN(), cmplx.Pow(0, 0), cmplx.Pow(0, -1), cmplx.Pow(0, -1+1i), cmplx.Pow(0, 2), cmplx.Pow(0, cmplx.NaN()))
	fmt.Printf("%.4f\n", cmplx.Exp(1i*math.Pi)+1)
}
