package cmplx

import (
	"math"
	"math/bits"
)

// The tangent family: tan z = (sin 2x + i·sinh 2y)/(cos 2x + cosh 2y) for
// z = x+iy, cot z the same over cosh 2y - cos 2x, tanh z with the roles of
// the parts exchanged. Where the denominator nears zero (on the real axis
// at multiples of π/2) it is summed as the Taylor series of cosh 2y - cos 2x
// instead, after 2x is reduced modulo π. As Go computes them.

// Tan returns the tangent of x.
func Tan(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case math.IsInf(im, 0):
		if math.IsInf(re, 0) || math.IsNaN(re) {
			return complex(math.Copysign(0, re), math.Copysign(1, im))
		}
		return complex(math.Copysign(0, math.Sin(2*re)), math.Copysign(1, im))
	case re == 0 && math.IsNaN(im):
		return x
	}
	d := math.Cos(2*re) + math.Cosh(2*im)
	if math.Abs(d) < 0.25 {
		d = tanSeries(x)
	}
	if d == 0 {
		return Inf()
	}
	return complex(math.Sin(2*re)/d, math.Sinh(2*im)/d)
}

// Tanh returns the hyperbolic tangent of x.
func Tanh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case math.IsInf(re, 0):
		if math.IsInf(im, 0) || math.IsNaN(im) {
			return complex(math.Copysign(1, re), math.Copysign(0, im))
		}
		return complex(math.Copysign(1, re), math.Copysign(0, math.Sin(2*im)))
	case im == 0 && math.IsNaN(re):
		return x
	}
	d := math.Cosh(2*re) + math.Cos(2*im)
	if d == 0 {
		return Inf()
	}
	return complex(math.Sinh(2*re)/d, math.Sin(2*im)/d)
}

// Cot returns the cotangent of x.
func Cot(x complex128) complex128 {
	d := math.Cosh(2*imag(x)) - math.Cos(2*real(x))
	if math.Abs(d) < 0.25 {
		d = tanSeries(x)
	}
	if d == 0 {
		return Inf()
	}
	return complex(math.Sin(2*real(x))/d, -math.Sinh(2*imag(x))/d)
}

// tanSeries sums cosh 2y - cos 2x for z = x+iy by its Taylor series,
// (y² + x²)/2! + (y⁴ - x⁴)/4! + ..., with 2x reduced modulo π first; until a
// term no longer changes the sum.
func tanSeries(z complex128) float64 {
	const machEps = 1.0 / (1 << 53)
	x := reducePi(math.Abs(2 * real(z)))
	x = x * x
	y := math.Abs(2 * imag(z))
	y = y * y
	xn, yn, fact, n, sum := 1.0, 1.0, 1.0, 0.0, 0.0
	// the next term's numerator powers and factorial, two steps of n
	next := func() {
		n++
		fact *= n
		n++
		fact *= n
		xn *= x
		yn *= y
	}
	for {
		next()
		t := yn + xn
		t /= fact
		sum += t
		next()
		t = yn - xn
		t /= fact
		sum += t
		// (NaN ends the sum too)
		if !(math.Abs(t/sum) > machEps) {
			return sum
		}
	}
}

// reducePi is x minus the nearest multiple of π, for x ≥ 0: by three-part
// Cody-Waite subtraction while the multiple has fewer than 30 bits (each
// part times it is then exact), else by Payne-Hanek: x's mantissa times the
// bits of 1/π that matter at its exponent gives the fraction of x/π.
func reducePi(x float64) float64 {
	const threshold float64 = 1 << 30
	if math.Abs(x) < threshold {
		const (
			pi1 = 3.141592502593994      // 0x400921fb40000000
			pi2 = 1.5099578831723193e-07 // 0x3e84442d00000000
			pi3 = 1.0780605716316238e-14 // 0x3d08469898cc5170
		)
		t := x / math.Pi
		t += 0.5
		t = float64(int64(t))
		return ((x - t*pi1) - t*pi2) - t*pi3
	}
	const (
		mantBits = 52
		bias     = 1023
	)
	b := math.Float64bits(x)
	exp := int(b>>mantBits&0x7ff) - bias - mantBits
	m := b&(1<<mantBits-1) | 1<<mantBits
	// the 64-bit words of 1/π from the one whose product with m has
	// exponent -64 on
	i, sh := uint(exp+64)/64, uint(exp+64)%64
	word := func(k uint) uint64 { return invPi[k]<<sh | invPi[k+1]>>(64-sh) }
	z0, z1, z2 := word(i), word(i+1), word(i+2)
	z2hi, _ := bits.Mul64(z2, m)
	z1hi, z1lo := bits.Mul64(z1, m)
	lo, carry := bits.Add64(z1lo, z2hi, 0)
	hi, _ := bits.Add64(z0*m, z1hi, carry)
	// the fraction hi:lo as a float64 in [0, 1)
	lz := uint(bits.LeadingZeros64(hi))
	e := uint64(bias - (lz + 1))
	hi = hi<<(lz+1) | lo>>(64-(lz+1))
	hi >>= 64 - mantBits
	f := math.Float64frombits(hi | e<<mantBits)
	if f > 0.5 {
		f--
	}
	return math.Pi * f
}

// invPi is 1/π in binary, 64 bits a word: 1/π = Σ invPi[i]·2^(-64i).
// Twenty words reach the largest float64 exponent.
var invPi = [...]uint64{
	0x0000000000000000,
	0x517cc1b727220a94,
	0xfe13abe8fa9a6ee0,
	0x6db14acc9e21c820,
	0xff28b1d5ef5de2b0,
	0xdb92371d2126e970,
	0x0324977504e8c90e,
	0x7f0ef58e5894d39f,
	0x74411afa975da242,
	0x74ce38135a2fbf20,
	0x9cc8eb1cc1a99cfa,
	0x4e422fc5defc941d,
	0x8ffc4bffef02cc07,
	0xf79788c5ad05368f,
	0xb69b3f6793e584db,
	0xa7a31fb34f2ff516,
	0xba93dd63f5f2f8bd,
	0x9e839cfbc5294975,
	0x35fdafd88fc6ae84,
	0x2b0198237e3db5d5,
}
