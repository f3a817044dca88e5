package runtime

// complex128div is n/m for the compiler's complex division (complex64 divides
// here too, widened). Dividing by (c+di) directly through (c²+d²) overflows or
// underflows where the quotient itself is representable, so the quotient is
// computed by Smith's method: scale by the ratio of the smaller part of m to the
// larger. When that yields NaN in both parts, the C99 rules (Annex G) decide
// which infinities and zeros the true result is.
func complex128div(n complex128, m complex128) complex128 {
	a, b := real(n), imag(n)
	c, d := real(m), imag(m)
	var e, f float64
	if fabs(c) >= fabs(d) {
		r := d / c
		den := c + r*d
		e = (a + b*r) / den
		f = (b - a*r) / den
	} else {
		r := c / d
		den := d + r*c
		e = (a*r + b) / den
		f = (b*r - a) / den
	}
	if e != e && f != f {
		inf := finf(1)
		switch {
		case m == 0 && (a == a || b == b):
			// a nonzero (or infinite) numerator over zero is infinite
			s := copysignf(inf, c)
			e, f = s*a, s*b
		case (isinf(a) || isinf(b)) && isfinite(c) && isfinite(d):
			// infinite over finite is infinite, in the direction of the quotient
			a, b = unitinf(a), unitinf(b)
			e, f = inf*(a*c+b*d), inf*(b*c-a*d)
		case (isinf(c) || isinf(d)) && isfinite(a) && isfinite(b):
			// finite over infinite is a (signed) zero
			c, d = unitinf(c), unitinf(d)
			e, f = 0*(a*c+b*d), 0*(b*c-a*d)
		}
	}
	return complex(e, f)
}

func fabs(x float64) float64 {
	if x < 0 || (x == 0 && 1/x < 0) {
		return -x
	}
	return x
}

// finf returns +Inf for sign >= 0, -Inf otherwise, without a math import.
func finf(sign int) float64 {
	zero := 0.0
	if sign >= 0 {
		return 1 / zero
	}
	return -1 / zero
}

func isinf(x float64) bool    { return x-x != x-x && x == x }
func isfinite(x float64) bool { return x-x == 0 }

// copysignf returns x with the sign of y.
func copysignf(x, y float64) float64 {
	if (x < 0) != (y < 0 || (y == 0 && 1/y < 0)) {
		return -x
	}
	return x
}

// unitinf maps an infinity to ±1 keeping its sign, and a finite value to ±0.
func unitinf(x float64) float64 {
	v := 0.0
	if isinf(x) {
		v = 1
	}
	return copysignf(v, x)
}
