package math

// The Gamma function and its logarithm, as Go computes them, operation for
// operation (see erf.go's poly). Gamma is the Cephes library's: |x| ≤ 33 is
// brought into [2, 3) by the recurrence Γ(x+1) = xΓ(x) and approximated
// there by a rational function; larger x by Stirling's formula, negative x
// by reflection. Lgamma is FreeBSD msun's (Sun's fdlibm): polynomials around
// the minimum and on [2, 3), the recurrence below 8, an asymptotic series
// above, reflection for negative x.

// Γ(x+2) on [0, 1) is gammaP(x)/gammaQ(x); stirlingS is the correction
// series of Stirling's formula in 1/x. Lowest degree first.
var (
	gammaP    = []float64{9.99999999999999996796e-01, 4.94214826801497100753e-01, 2.07448227648435975150e-01, 4.76367800457137231464e-02, 1.04213797561761569935e-02, 1.19135147006586384913e-03, 1.60119522476751861407e-04}
	gammaQ    = []float64{1.00000000000000000320e+00, 7.14304917030273074085e-02, -2.34591795718243348568e-01, 3.58236398605498653373e-02, 1.18139785222060435552e-02, -4.45641913851797240494e-03, 5.39605580493303397842e-04, -2.31581873324120129819e-05}
	stirlingS = []float64{8.33333333333482257126e-02, 3.47222221605458667310e-03, -2.68132617805781232825e-03, -2.29549961613378126380e-04, 7.87311395793093628397e-04}
)

// stirling is Γ(x) for x > 33 by Stirling's formula, as two factors whose
// product it is: left to the caller, which may divide by each in turn rather
// than overflow for 172 ≤ x ≤ 180.
func stirling(x float64) (float64, float64) {
	const (
		sqrtTwoPi   = 2.506628274631000502417
		maxStirling = 143.01608 // beyond, x^(x-0.5) overflows: halved
	)
	if x > 200 {
		return Inf(1), 1
	}
	w := 1 / x
	w = 1 + w*poly(w, stirlingS)
	e := Exp(x)
	if x > maxStirling {
		v := Pow(x, 0.5*x-0.25)
		return v, sqrtTwoPi * w * (v / e)
	}
	return Pow(x, x-0.5) / e, sqrtTwoPi * w * 1.0
}

// Gamma returns the Gamma function of x.
//
// Special cases are:
//
//	Gamma(+Inf) = +Inf
//	Gamma(+0) = +Inf
//	Gamma(-0) = -Inf
//	Gamma(x) = NaN for integer x < 0
//	Gamma(-Inf) = NaN
//	Gamma(NaN) = NaN
func Gamma(x float64) float64 {
	const euler = 0.57721566490153286060651209008240243104215933593992
	switch {
	case isNegInt(x) || IsInf(x, -1) || IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return Inf(1)
	case x == 0:
		if Signbit(x) {
			return Inf(-1)
		}
		return Inf(1)
	}
	q := Abs(x)
	p := Floor(q)
	if q > 33 {
		if x >= 0 {
			a, b := stirling(x)
			return a * b
		}
		return gammaReflected(q, p)
	}
	// z·Γ(x) is the answer as x moves into [2, 3)
	z := 1.0
	for x >= 3 {
		x = x - 1
		z = z * x
	}
	for x < 0 {
		if x > -1e-09 {
			return gammaNearZero(x, z, euler)
		}
		z = z / x
		x = x + 1
	}
	for x < 2 {
		if x < 1e-09 {
			return gammaNearZero(x, z, euler)
		}
		z = z / x
		x = x + 1
	}
	if x == 2 {
		return z
	}
	x = x - 2
	return z * poly(x, gammaP) / poly(x, gammaQ)
}

// gammaNearZero is z·Γ(x) for x within 1e-9 of 0, where Γ(x) ≈ 1/(x(1+γx)).
func gammaNearZero(x, z, euler float64) float64 {
	if x == 0 {
		return Inf(1)
	}
	return z / ((1 + euler*x) * x)
}

// gammaReflected is Γ(x) for x < -33 that is not an integer, from q = |x|
// and p = ⌊q⌋: Γ(x) = -π/(q·sin(πq)·Γ(q)), the sine from q's distance to
// the nearest integer.
func gammaReflected(q, p float64) float64 {
	sign := 1
	if int64(p)&1 == 0 {
		sign = -1
	}
	z := q - p
	if z > 0.5 {
		p = p + 1
		z = q - p
	}
	z = q * Sin(Pi*z)
	if z == 0 {
		return Inf(sign)
	}
	a, b := stirling(q)
	absz := Abs(z)
	d := absz * a * b
	if IsInf(d, 0) {
		z = Pi / absz / a / b
	} else {
		z = Pi / d
	}
	return float64(sign) * z
}

// isNegInt reports whether x is a negative integer.
func isNegInt(x float64) bool {
	if x < 0 {
		_, f := Modf(x)
		return f == 0
	}
	return false
}

// Lgamma's approximations, lowest degree first (the coefficient lists of
// Go's, split as it evaluates them).
var (
	// 0.7316 ≤ x ≤ 0.9 and 1.7316 ≤ x < 2 (y = 1-x, 2-x): even and odd terms
	lgamAEven = []float64{7.72156649015328655494e-02, 6.73523010531292681824e-02, 7.38555086081402883957e-03, 1.19270763183362067845e-03, 2.20862790713908385557e-04, 2.52144565451257326939e-05}
	lgamAOdd  = []float64{3.22467033424113591611e-01, 2.05808084325167332806e-02, 2.89051383673415629091e-03, 5.10069792153511336608e-04, 1.08011567247583939954e-04, 4.48640949618915160150e-05}
	// around the minimum (y = x - tc): terms 0, 3, 6... ; 1, 4, 7...; 2, 5, 8...
	lgamT0 = []float64{4.83836122723810047042e-01, -3.27885410759859649565e-02, 6.10053870246291332635e-03, -1.40346469989232843813e-03, 3.15632070903625950361e-04}
	lgamT1 = []float64{-1.47587722994593911752e-01, 1.79706750811820387126e-02, -3.68452016781138256760e-03, 8.81081882437654011382e-04, -3.12754168375120860518e-04}
	lgamT2 = []float64{6.46249402391333854778e-02, -1.03142241298341437450e-02, 2.25964780900612472250e-03, -5.38595305356740546715e-04, 3.35529192635519073543e-04}
	// 0 < x < 0.2316 and 0.9 < x < 1.2316 (y = x, x-1)
	lgamU = []float64{-7.72156649015328655494e-02, 6.32827064025093366517e-01, 1.45492250137234768737e+00, 9.77717527963372745603e-01, 2.28963728064692451092e-01, 1.33810918536787660377e-02}
	lgamV = []float64{1.0, 2.45597793713041134822e+00, 2.12848976379893395361e+00, 7.69285150456672783825e-01, 1.04222645593369134254e-01, 3.21709242282423911810e-03}
	// [2, 3) (y = x-2 after the recurrence)
	lgamS = []float64{-7.72156649015328655494e-02, 2.14982415960608852501e-01, 3.25778796408930981787e-01, 1.46350472652464452805e-01, 2.66422703033638609560e-02, 1.84028451407337715652e-03, 3.19475326584100867617e-05}
	lgamR = []float64{1.0, 1.39200533467621045958e+00, 7.21935547567138069525e-01, 1.71933865632803078993e-01, 1.86459191715652901344e-02, 7.77942496381893596434e-04, 7.32668430744625636189e-06}
	// x ≥ 8: the asymptotic series in 1/x (its odd powers)
	lgamW = []float64{8.33333333333329678849e-02, -2.77777777728775536470e-03, 7.93650558643019558500e-04, -5.95187557450339963135e-04, 8.36339918996282139126e-04, -1.63092934096575273989e-03}
)

// Lgamma returns the natural logarithm and sign (-1 or +1) of Gamma(x).
//
// Special cases are:
//
//	Lgamma(+Inf) = +Inf
//	Lgamma(0) = +Inf
//	Lgamma(-integer) = +Inf
//	Lgamma(-Inf) = -Inf
//	Lgamma(NaN) = NaN
func Lgamma(x float64) (lgamma float64, sign int) {
	const (
		two52 = 1 << 52
		two58 = 1 << 58
		tiny  = 1.0 / (1 << 70)
	)
	sign = 1
	switch {
	case IsNaN(x), IsInf(x, 0):
		return x, 1
	case x == 0:
		return Inf(1), 1
	}
	neg := x < 0
	if neg {
		x = -x
	}
	if x < tiny { // -log|x|
		if neg {
			sign = -1
		}
		return -Log(x), sign
	}
	// for x < 0: log|Γ(x)| = log(π/|x·sin(πx)|) - log Γ(|x|)
	var reflect float64
	if neg {
		if x >= two52 { // an integer
			return Inf(1), 1
		}
		t := sinPi(x)
		if t == 0 {
			return Inf(1), 1
		}
		reflect = Log(Pi / Abs(t*x))
		if t < 0 {
			sign = -1
		}
	}
	switch {
	case x == 1 || x == 2:
		return 0, sign
	case x < 2:
		lgamma = lgammaBelow2(x)
	case x < 8:
		lgamma = lgammaBelow8(x)
	case x < two58:
		t := Log(x)
		z := 1 / x
		y := z * z
		w := 4.18938533204672725052e-01 + z*poly(y, lgamW)
		lgamma = (x-0.5)*(t-1) + w
	default:
		lgamma = x * (Log(x) - 1)
	}
	if neg {
		lgamma = reflect - lgamma
	}
	return lgamma, sign
}

// lgammaBelow2 is log Γ(x) for 0 < x < 2 (x ≠ 1), as log Γ(x+1) - log x
// below 0.9, with the approximation chosen by x's distance to 1, 2 and the
// minimum of Γ.
func lgammaBelow2(x float64) float64 {
	const (
		ymin = 1.461632144968362245
		tc   = 1.46163214496836224576e+00 // the minimum of Γ
		tf   = -1.21486290535849611461e-01
		tt   = -3.63867699703950536541e-18 // -(tf's tail)
	)
	var lgamma, y float64
	var kind int
	if x <= 0.9 {
		lgamma = -Log(x)
		switch {
		case x >= ymin-1+0.27:
			y, kind = 1-x, 0
		case x >= ymin-1-0.27:
			y, kind = x-(tc-1), 1
		default:
			y, kind = x, 2
		}
	} else {
		switch {
		case x >= ymin+0.27:
			y, kind = 2-x, 0
		case x >= ymin-0.27:
			y, kind = x-tc, 1
		default:
			y, kind = x-1, 2
		}
	}
	switch kind {
	case 0:
		z := y * y
		p := y*poly(z, lgamAEven) + z*poly(z, lgamAOdd)
		lgamma += (p - 0.5*y)
	case 1:
		z := y * y
		w := z * y
		p := z*poly(w, lgamT0) - (tt - w*(poly(w, lgamT1)+y*poly(w, lgamT2)))
		lgamma += (tf + p)
	default:
		p := y * poly(y, lgamU)
		lgamma += (-0.5*y + p/poly(y, lgamV))
	}
	return lgamma
}

// lgammaBelow8 is log Γ(x) for 2 ≤ x < 8: log Γ(2+y) for y the fraction of
// x, plus the log of the product the recurrence brings down.
func lgammaBelow8(x float64) float64 {
	i := int(x)
	y := x - float64(i)
	p := y * poly(y, lgamS)
	lgamma := 0.5*y + p/poly(y, lgamR)
	if i < 3 {
		return lgamma
	}
	z := 1.0
	for k := i - 1; k >= 2; k-- {
		z *= (y + float64(k))
	}
	return lgamma + Log(z)
}

// sinPi is sin(πx) for x > 0 (used with x = -x of a negative argument,
// whose sign it flips), reduced to an octant of the period before π is
// multiplied in.
func sinPi(x float64) float64 {
	const (
		two52 = 1 << 52
		two53 = 1 << 53
	)
	if x < 0.25 {
		return -Sin(Pi * x)
	}
	z := Floor(x)
	var n int
	if z != x {
		x = Mod(x, 2)
		n = int(x * 4)
	} else {
		if x >= two53 { // even
			x, n = 0, 0
		} else {
			if x < two52 {
				z = x + two52 // exact: z's last bit is x's
			}
			n = int(1 & Float64bits(z))
			x = float64(n)
			n <<= 2
		}
	}
	switch n {
	case 0:
		x = Sin(Pi * x)
	case 1, 2:
		x = Cos(Pi * (0.5 - x))
	case 3, 4:
		x = Sin(Pi * (1 - x))
	case 5, 6:
		x = -Cos(Pi * (x - 1.5))
	default:
		x = Sin(Pi * (x - 2))
	}
	return -x
}
