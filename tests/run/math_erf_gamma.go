package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{0, -0.0, 1e-310, 1e-300, 1e-20, 3e-9, -3e-9, 0.1, 0.2, 0.24, 0.25, 0.3, 0.5, 0.7, 0.75, 0.84375, 0.9, 0.95, 1, 1.1, 1.2316, 1.25, 1.4616, 1.5, 1.75, 1.9, 2, 2.5, 2.857, 2.86, 3, 3.5, 4.2, 5.9, 6, 6.5, 7.3, 8, 10, 27.9, 28, 30, 33, 34, 50.5, 100, 143, 150, 171.5, 172, 180, 200, 250, 1e10, 1e17, 3e17, 1e300,
		-0.1, -0.5, -0.9, -1, -1.5, -2, -2.5, -3.7, -6.2, -10.5, -33.5, -34.5, -100.3, -170.5, -180.5, -1e10, -4.5e15, -1e17, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, x := range xs {
		lg, s := math.Lgamma(x)
		fmt.Println(x, math.Erf(x), math.Erfc(x), math.Gamma(x), lg, s)
	}
	for _, y := range []float64{-1, -0.999999, -0.9, -0.85, -0.5, -1e-10, 0, 0.1, 0.5, 0.85, 0.850001, 0.9, 0.99, 0.999, 0.9999999, 1 - 1e-12, 1 - 1e-15, 1, 1.5, math.NaN()} {
		fmt.Println(y, math.Erfinv(y), math.Erfcinv(y+1), math.Erfcinv(1-y))
	}
	// a sweep: checksums of the bits
	var h1, h2, h3, h4 uint64
	for i := -4000; i <= 4000; i++ {
		x := float64(i) * 0.01137
		h1 = h1*31 + math.Float64bits(math.Erf(x))
		h2 = h2*31 + math.Float64bits(math.Erfc(x))
		h3 = h3*31 + math.Float64bits(math.Gamma(x/2))
		lg, s := math.Lgamma(x)
		h4 = h4*31 + math.Float64bits(lg) + uint64(s)
	}
	var h5 uint64
	for i := -1000; i <= 1000; i++ {
		h5 = h5*31 + math.Float64bits(math.Erfinv(float64(i)*0.000999))
	}
	fmt.Println(h1, h2, h3, h4, h5)
}
