package cmplx

import "math"

// The inverse trigonometric and hyperbolic functions, from the logarithm:
// asin z = -i·log(iz + √(1-z²)), asinh z = log(z + √(1+z²)), acos z =
// π/2 - asin z, atan from its real and imaginary parts directly (the real
// part's multiple of π removed as tan.go's reducePi does), and the
// hyperbolic forms by multiplying by i. Special values follow C99's Annex G.

// mulI is i·x; divI is x/i = -i·x.
func mulI(x complex128) complex128 { return complex(-imag(x), real(x)) }
func divI(x complex128) complex128 { return complex(imag(x), -real(x)) }

// Asin returns the inverse sine of x.
func Asin(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && math.Abs(re) <= 1:
		return complex(math.Asin(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Asinh(im))
	case math.IsNaN(im):
		if re == 0 {
			return complex(re, math.NaN())
		}
		if math.IsInf(re, 0) {
			return complex(math.NaN(), re)
		}
		return NaN()
	case math.IsInf(im, 0):
		if math.IsNaN(re) {
			return x
		}
		if math.IsInf(re, 0) {
			return complex(math.Copysign(math.Pi/4, re), im)
		}
		return complex(math.Copysign(0, re), im)
	case math.IsInf(re, 0):
		return complex(math.Copysign(math.Pi/2, re), math.Copysign(re, im))
	}
	xx := x * x
	root := Sqrt(complex(1-real(xx), -imag(xx)))
	return divI(Log(mulI(x) + root))
}

// Asinh returns the inverse hyperbolic sine of x.
func Asinh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && math.Abs(re) <= 1:
		return complex(math.Asinh(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Asin(im))
	case math.IsInf(re, 0):
		if math.IsInf(im, 0) {
			return complex(re, math.Copysign(math.Pi/4, im))
		}
		if math.IsNaN(im) {
			return x
		}
		return complex(re, math.Copysign(0.0, im))
	case math.IsNaN(re):
		if im == 0 {
			return x
		}
		if math.IsInf(im, 0) {
			return complex(im, re)
		}
		return NaN()
	case math.IsInf(im, 0):
		return complex(math.Copysign(im, re), math.Copysign(math.Pi/2, im))
	}
	xx := x * x
	return Log(x + Sqrt(complex(1+real(xx), imag(xx))))
}

// Acos returns the inverse cosine of x.
func Acos(x complex128) complex128 {
	w := Asin(x)
	return complex(math.Pi/2-real(w), -imag(w))
}

// Acosh returns the inverse hyperbolic cosine of x.
func Acosh(x complex128) complex128 {
	if x == 0 {
		return complex(0, math.Copysign(math.Pi/2, imag(x)))
	}
	w := Acos(x)
	if imag(w) <= 0 {
		return mulI(w)
	}
	return divI(w)
}

// Atan returns the inverse tangent of x.
func Atan(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0:
		return complex(math.Atan(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Atanh(im))
	case math.IsInf(im, 0) || math.IsInf(re, 0):
		if math.IsNaN(re) {
			return complex(math.NaN(), math.Copysign(0, im))
		}
		return complex(math.Copysign(math.Pi/2, re), math.Copysign(0, im))
	case math.IsNaN(re) || math.IsNaN(im):
		return NaN()
	}
	// Re = atan2(2re, 1 - re² - im²)/2 modulo π;
	// Im = log((re² + (im+1)²) / (re² + (im-1)²))/4
	re2 := re * re
	a := 1 - re2 - im*im
	if a == 0 {
		return NaN()
	}
	w := reducePi(0.5 * math.Atan2(2*re, a))
	below := im - 1
	b := re2 + below*below
	if b == 0 {
		return NaN()
	}
	above := im + 1
	c := (re2 + above*above) / b
	return complex(w, 0.25*math.Log(c))
}

// Atanh returns the inverse hyperbolic tangent of x.
func Atanh(x complex128) complex128 {
	return divI(Atan(mulI(x)))
}
