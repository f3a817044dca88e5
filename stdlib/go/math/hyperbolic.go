package math

// The hyperbolic functions and their inverses, as Go computes them, operation
// for operation (see trig.go): through Exp, Log and Log1p, with Cephes'
// rational approximations of sinh and tanh near zero.

// Sinh returns the hyperbolic sine of x.
func Sinh(x float64) float64 {
	const (
		P0 = -0.6307673640497716991184787251e+6
		P1 = -0.8991272022039509355398013511e+5
		P2 = -0.2894211355989563807284660366e+4
		P3 = -0.2630563213397497062819489e+2
		Q0 = -0.6307673640497716991212077277e+6
		Q1 = 0.1521517378790019070696485176e+5
		Q2 = -0.173678953558233699533450911e+3
	)
	neg := false
	if x < 0 { // not Abs: -0 keeps its sign
		x, neg = -x, true
	}
	var y float64
	switch {
	case x > 21:
		y = Exp(x) * 0.5
	case x > 0.5:
		ex := Exp(x)
		y = (ex - 1/ex) * 0.5
	default:
		sq := x * x
		y = (((P3*sq+P2)*sq+P1)*sq + P0) * x
		y = y / (((sq+Q2)*sq+Q1)*sq + Q0)
	}
	if neg {
		y = -y
	}
	return y
}

// Cosh returns the hyperbolic cosine of x.
func Cosh(x float64) float64 {
	x = Abs(x)
	if x > 21 {
		return Exp(x) * 0.5
	}
	ex := Exp(x)
	return (ex + 1/ex) * 0.5
}

// Tanh returns the hyperbolic tangent of x.
func Tanh(x float64) float64 {
	const (
		maxlog = 8.8029691931113054295988e+01 // log(2**127)
		P0     = -9.64399179425052238628e-1
		P1     = -9.92877231001918586564e1
		P2     = -1.61468768441708447952e3
		Q0     = 1.12811678491632931402e2
		Q1     = 2.23548839060100448583e3
		Q2     = 4.84406305325125486048e3
	)
	z := Abs(x)
	switch {
	case z > 0.5*maxlog:
		if x < 0 {
			return -1
		}
		return 1
	case z >= 0.625:
		s := Exp(2 * z)
		z = 1 - 2/(s+1)
		if x < 0 {
			z = -z
		}
	default:
		if x == 0 {
			return x
		}
		s := x * x
		z = x + x*s*((P0*s+P1)*s+P2)/(((s+Q0)*s+Q1)*s+Q2)
	}
	return z
}

// Asinh returns the inverse hyperbolic sine of x.
func Asinh(x float64) float64 {
	const (
		nearZero = 1.0 / (1 << 28)
		large    = 1 << 28
	)
	if IsNaN(x) || IsInf(x, 0) {
		return x
	}
	neg := false
	if x < 0 { // not Abs: -0 keeps its sign
		x, neg = -x, true
	}
	var y float64
	switch {
	case x > large:
		y = Log(x) + Ln2
	case x > 2:
		y = Log(2*x + 1/(Sqrt(x*x+1)+x))
	case x < nearZero:
		y = x
	default:
		y = Log1p(x + x*x/(1+Sqrt(1+x*x)))
	}
	if neg {
		y = -y
	}
	return y
}

// Acosh returns the inverse hyperbolic cosine of x.
func Acosh(x float64) float64 {
	const large = 1 << 28
	switch {
	case x < 1 || IsNaN(x):
		return NaN()
	case x == 1:
		return 0
	case x >= large:
		return Log(x) + Ln2
	case x > 2:
		return Log(2*x - 1/(x+Sqrt(x*x-1)))
	}
	t := x - 1
	return Log1p(t + Sqrt(2*t+t*t))
}

// Atanh returns the inverse hyperbolic tangent of x.
func Atanh(x float64) float64 {
	const nearZero = 1.0 / (1 << 28)
	switch {
	case x < -1 || x > 1 || IsNaN(x):
		return NaN()
	case x == 1:
		return Inf(1)
	case x == -1:
		return Inf(-1)
	}
	neg := false
	if x < 0 { // not Abs: -0 keeps its sign
		x, neg = -x, true
	}
	var y float64
	switch {
	case x < nearZero:
		y = x
	case x < 0.5:
		y = x + x
		y = 0.5 * Log1p(y+y*x/(1-x))
	default:
		y = 0.5 * Log1p((x+x)/(1-x))
	}
	if neg {
		y = -y
	}
	return y
}
