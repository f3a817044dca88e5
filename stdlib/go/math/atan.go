package math

// The inverse trigonometric functions, as Go computes them (Cephes'
// algorithms, operation for operation: see trig.go): everything goes through
// the arctangent of an argument reduced to [0, 0.66].

// atanReduced is atan(x) for x in [0, 0.66], a rational approximation.
func atanReduced(x float64) float64 {
	const (
		P0 = -8.750608600031904122785e-01
		P1 = -1.615753718733365076637e+01
		P2 = -7.500855792314704667340e+01
		P3 = -1.228866684490136173410e+02
		P4 = -6.485021904942025371773e+01
		Q0 = +2.485846490142306297962e+01
		Q1 = +1.650270098316988542046e+02
		Q2 = +4.328810604912902668951e+02
		Q3 = +4.853903996359136964868e+02
		Q4 = +1.945506571482613964425e+02
	)
	z := x * x
	z = z * ((((P0*z+P1)*z+P2)*z+P3)*z + P4) / (((((z+Q0)*z+Q1)*z+Q2)*z+Q3)*z + Q4)
	return x*z + x
}

// atanPositive is atan(x) for x ≥ 0: by atan(x) = π/2 - atan(1/x) above
// tan(3π/8) and π/4 + atan((x-1)/(x+1)) between 0.66 and it.
func atanPositive(x float64) float64 {
	const (
		morebits = 6.123233995736765886130e-17 // π/2 = float64(π/2) + morebits
		tan3pio8 = 2.41421356237309504880
	)
	if x <= 0.66 {
		return atanReduced(x)
	}
	if x > tan3pio8 {
		return Pi/2 - atanReduced(1/x) + morebits
	}
	return Pi/4 + atanReduced((x-1)/(x+1)) + 0.5*morebits
}

// Atan returns the arctangent, in radians, of x.
func Atan(x float64) float64 {
	if x == 0 {
		return x
	}
	if x > 0 {
		return atanPositive(x)
	}
	return -atanPositive(-x)
}

// Asin returns the arcsine, in radians, of x.
func Asin(x float64) float64 {
	if x == 0 {
		return x
	}
	neg := x < 0
	x = Abs(x)
	if x > 1 {
		return NaN()
	}
	t := Sqrt(1 - x*x)
	if x > 0.7 {
		t = Pi/2 - atanPositive(t/x)
	} else {
		t = atanPositive(x / t)
	}
	if neg {
		t = -t
	}
	return t
}

// Acos returns the arccosine, in radians, of x.
func Acos(x float64) float64 { return Pi/2 - Asin(x) }

// Atan2 returns the arc tangent of y/x, using the signs of the two to
// determine the quadrant of the return value.
func Atan2(y, x float64) float64 {
	switch {
	case IsNaN(y) || IsNaN(x):
		return NaN()
	case y == 0:
		if x >= 0 && !Signbit(x) {
			return Copysign(0, y)
		}
		return Copysign(Pi, y)
	case x == 0:
		return Copysign(Pi/2, y)
	case IsInf(x, 1):
		if IsInf(y, 0) {
			return Copysign(Pi/4, y)
		}
		return Copysign(0, y)
	case IsInf(x, -1):
		if IsInf(y, 0) {
			return Copysign(3*Pi/4, y)
		}
		return Copysign(Pi, y)
	case IsInf(y, 0):
		return Copysign(Pi/2, y)
	}
	q := Atan(y / x)
	if x < 0 {
		if q <= 0 {
			return q + Pi
		}
		return q - Pi
	}
	return q
}
