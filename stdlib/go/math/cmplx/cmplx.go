// Package cmplx provides basic constants and mathematical functions for complex
// numbers. Special cases follow C99's Annex G, as Go's do; the functions are
// the Cephes library's, computed as Go computes them (asin.go, tan.go).
package cmplx

import "math"

// Abs returns the absolute value (also called the modulus) of x.
func Abs(x complex128) float64 { return math.Hypot(real(x), imag(x)) }

// Conj returns the complex conjugate of x.
func Conj(x complex128) complex128 { return complex(real(x), -imag(x)) }

// Phase returns the phase (also called the argument) of x, in [-Pi, Pi].
func Phase(x complex128) float64 { return math.Atan2(imag(x), real(x)) }

// Polar returns the absolute value r and phase θ of x, such that x = r * e**θi.
func Polar(x complex128) (r, θ float64) { return Abs(x), Phase(x) }

// Rect returns the complex number x with polar coordinates r, θ.
func Rect(r, θ float64) complex128 {
	s, c := math.Sincos(θ)
	return complex(r*c, r*s)
}

// Inf returns a complex infinity, complex(+Inf, +Inf).
func Inf() complex128 {
	inf := math.Inf(1)
	return complex(inf, inf)
}

// NaN returns a complex “not-a-number” value.
func NaN() complex128 {
	nan := math.NaN()
	return complex(nan, nan)
}

// IsInf reports whether either real(x) or imag(x) is an infinity.
func IsInf(x complex128) bool {
	return math.IsInf(real(x), 0) || math.IsInf(imag(x), 0)
}

// IsNaN reports whether either real(x) or imag(x) is NaN and neither is an
// infinity.
func IsNaN(x complex128) bool {
	if IsInf(x) {
		return false
	}
	return math.IsNaN(real(x)) || math.IsNaN(imag(x))
}

// finite reports whether f is neither infinite nor NaN.
func finite(f float64) bool { return !math.IsInf(f, 0) && !math.IsNaN(f) }

// Exp returns e**x, the base-e exponential of x.
func Exp(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case math.IsInf(re, 0):
		if re > 0 && im == 0 {
			return x
		}
		if !finite(im) {
			// e**-Inf is 0 whatever the direction; e**+Inf has no direction
			if re < 0 {
				return complex(0, math.Copysign(0, im))
			}
			return complex(math.Inf(1), math.NaN())
		}
	case math.IsNaN(re) && im == 0:
		return complex(math.NaN(), im)
	}
	r := math.Exp(re)
	s, c := math.Sincos(im)
	return complex(r*c, r*s)
}

// Log returns the natural logarithm of x, with the imaginary part in [-Pi, Pi].
func Log(x complex128) complex128 { return complex(math.Log(Abs(x)), Phase(x)) }

// Log10 returns the decimal logarithm of x.
func Log10(x complex128) complex128 {
	z := Log(x)
	return complex(math.Log10E*real(z), math.Log10E*imag(z))
}

// Sqrt returns the square root of x, the result r chosen so that real(r) ≥ 0
// and imag(r) has the same sign as imag(x).
func Sqrt(x complex128) complex128 {
	a, b := real(x), imag(x)
	switch {
	case b == 0:
		// keep the sign of a signed-zero imaginary part
		switch {
		case a == 0:
			return complex(0, b)
		case a < 0:
			return complex(0, math.Copysign(math.Sqrt(-a), b))
		}
		return complex(math.Sqrt(a), b)
	case math.IsInf(b, 0):
		return complex(math.Inf(1), b)
	case a == 0:
		r := math.Sqrt(0.5 * math.Abs(b))
		return complex(r, math.Copysign(r, b))
	}
	// |x| is computed on scaled parts so that it neither overflows (large
	// parts are divided by 4, the root multiplied by 2) nor loses precision
	// (small parts are multiplied by 2**54, the root by 2**-27).
	scale := 2.0
	if math.Abs(a) > 4 || math.Abs(b) > 4 {
		a, b = a*0.25, b*0.25
	} else {
		a, b = a*(1<<54), b*(1<<54)
		scale = 1.0 / (1 << 27)
	}
	mod := math.Hypot(a, b)
	// one part from (|x| ± a)/2, the other as b/2 divided by it, which
	// avoids cancellation
	var re, im float64
	if a > 0 {
		re = math.Sqrt(0.5*mod + 0.5*a)
		im = scale * math.Abs((0.5*b)/re)
		re *= scale
	} else {
		im = math.Sqrt(0.5*mod - 0.5*a)
		re = scale * math.Abs((0.5*b)/im)
		im *= scale
	}
	return complex(re, math.Copysign(im, b))
}

// Pow returns x**y, the base-x exponential of y. Pow(0, y) is 1 for y == 0,
// 0 for real(y) > 0, and an infinity for real(y) < 0 (+Inf when imag(y) is 0).
func Pow(x, y complex128) complex128 {
	if x == 0 {
		if IsNaN(y) {
			return NaN()
		}
		switch r := real(y); {
		case r == 0:
			return 1
		case r < 0:
			if imag(y) == 0 {
				return complex(math.Inf(1), 0)
			}
			return Inf()
		}
		return 0
	}
	mod := Abs(x)
	if mod == 0 {
		return 0
	}
	r := math.Pow(mod, real(y))
	arg := Phase(x)
	θ := real(y) * arg
	if imag(y) != 0 {
		r *= math.Exp(-imag(y) * arg)
		θ += imag(y) * math.Log(mod)
	}
	s, c := math.Sincos(θ)
	return complex(r*c, r*s)
}

// sinhcosh returns Sinh(x) and Cosh(x), from one Exp when |x| > 0.5.
func sinhcosh(x float64) (sh, ch float64) {
	if math.Abs(x) <= 0.5 {
		return math.Sinh(x), math.Cosh(x)
	}
	e := math.Exp(x)
	ei := 0.5 / e
	e *= 0.5
	return e - ei, e + ei
}

// Sin returns the sine of x.
func Sin(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && !finite(re):
		return complex(math.NaN(), im)
	case math.IsInf(im, 0):
		if re == 0 {
			return x
		}
		if !finite(re) {
			return complex(math.NaN(), im)
		}
	case re == 0 && math.IsNaN(im):
		return x
	}
	s, c := math.Sincos(re)
	sh, ch := sinhcosh(im)
	return complex(s*ch, c*sh)
}

// Sinh returns the hyperbolic sine of x.
func Sinh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case re == 0 && !finite(im):
		return complex(re, math.NaN())
	case math.IsInf(re, 0):
		if im == 0 {
			return x
		}
		if !finite(im) {
			return complex(re, math.NaN())
		}
	case im == 0 && math.IsNaN(re):
		return complex(math.NaN(), im)
	}
	s, c := math.Sincos(im)
	sh, ch := sinhcosh(re)
	return complex(c*sh, s*ch)
}

// Cos returns the cosine of x.
func Cos(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && !finite(re):
		return complex(math.NaN(), -im*math.Copysign(0, re))
	case math.IsInf(im, 0):
		if re == 0 {
			return complex(math.Inf(1), -re*math.Copysign(0, im))
		}
		if !finite(re) {
			return complex(math.Inf(1), math.NaN())
		}
	case re == 0 && math.IsNaN(im):
		return complex(math.NaN(), 0)
	}
	s, c := math.Sincos(re)
	sh, ch := sinhcosh(im)
	return complex(c*ch, -s*sh)
}

// Cosh returns the hyperbolic cosine of x.
func Cosh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case re == 0 && !finite(im):
		return complex(math.NaN(), re*math.Copysign(0, im))
	case math.IsInf(re, 0):
		if im == 0 {
			return complex(math.Inf(1), im*math.Copysign(0, re))
		}
		if !finite(im) {
			return complex(math.Inf(1), math.NaN())
		}
	case im == 0 && math.IsNaN(re):
		return complex(math.NaN(), im)
	}
	s, c := math.Sincos(im)
	sh, ch := sinhcosh(re)
	return complex(c*ch, s*sh)
}
