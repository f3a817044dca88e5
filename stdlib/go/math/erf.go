package math

// The error functions, as Go computes them (in Go, from FreeBSD's msun, Sun's
// fdlibm): |x| is split into five ranges, each with a rational approximation
// (the erfc tails through exp(-x²-0.5625+R/S)/x, with x² split so that the
// exponent is exact). The arithmetic is Go's, operation for operation, so
// results agree to the last bit. Erfinv and Erfcinv use Giles' rational
// approximations as Go does.

// poly evaluates c[0] + x·(c[1] + x·(c[2] + ...)), innermost first, the order
// every polynomial of these functions is evaluated in.
func poly(x float64, c []float64) float64 {
	r := c[len(c)-1]
	for i := len(c) - 2; i >= 0; i-- {
		r = c[i] + x*r
	}
	return r
}

// erx is erf(1) rounded to single precision: on [0.84375, 1.25] erf is erx
// plus a rational function of |x|-1.
const erx = 8.45062911510467529297e-01

// Each range's numerator and denominator coefficients, lowest degree first
// (the denominators' constant terms are 1).
var (
	// |x| < 0.84375: erf(x) = x + x·P(x²)/Q(x²)
	erfSmallP = []float64{1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05}
	erfSmallQ = []float64{1, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06}
	// 0.84375 ≤ |x| < 1.25: erf(x) = erx + P(s)/Q(s), s = |x|-1
	erfMidP = []float64{-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03}
	erfMidQ = []float64{1, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02}
	// 1.25 ≤ |x| < 1/0.35: the tail's R(1/x²)/S(1/x²)
	erfTailR = []float64{-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00}
	erfTailS = []float64{1, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02}
	// 1/0.35 ≤ |x| < 28
	erfFarR = []float64{-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02}
	erfFarS = []float64{1, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01}
)

// erfSmall is P(x²)/Q(x²) for |x| < 0.84375.
func erfSmall(x float64) float64 {
	z := x * x
	return poly(z, erfSmallP) / poly(z, erfSmallQ)
}

// erfMid is P(s)/Q(s) for s = |x|-1, 0.84375 ≤ |x| < 1.25.
func erfMid(x float64) float64 {
	s := x - 1
	return poly(s, erfMidP) / poly(s, erfMidQ)
}

// erfcTail is erfc(x) for 1.25 ≤ x < 28.
func erfcTail(x float64) float64 {
	s := 1 / (x * x)
	var r, q float64
	if x < 1/0.35 {
		r, q = poly(s, erfTailR), poly(s, erfTailS)
	} else {
		r, q = poly(s, erfFarR), poly(s, erfFarS)
	}
	// x with the low 32 bits of its mantissa cleared: z² is exact, and
	// -x² = -z² + (z-x)(z+x)
	z := Float64frombits(Float64bits(x) & 0xffffffff00000000)
	return Exp(-z*z-0.5625) * Exp((z-x)*(z+x)+r/q) / x
}

// Erf returns the error function of x.
//
// Special cases are:
//
//	Erf(+Inf) = 1
//	Erf(-Inf) = -1
//	Erf(NaN) = NaN
func Erf(x float64) float64 {
	const (
		veryTiny = 2.848094538889218e-306 // 0x0080000000000000
		small    = 1.0 / (1 << 28)
		efx      = 1.28379167095512586316e-01 // 2/√π - 1
		efx8     = 1.02703333676410069053e+00 // 8·efx
	)
	switch {
	case IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 1
	case IsInf(x, -1):
		return -1
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var r float64
	switch {
	case x < small && x < veryTiny:
		r = 0.125 * (8.0*x + efx8*x) // scaled, or efx·x would underflow
	case x < small:
		r = x + efx*x
	case x < 0.84375:
		r = x + x*erfSmall(x)
	case x < 1.25:
		if neg {
			return -erx - erfMid(x)
		}
		return erx + erfMid(x)
	case x >= 6:
		r = 1
	default:
		if neg {
			return erfcTail(x) - 1
		}
		return 1 - erfcTail(x)
	}
	if neg {
		return -r
	}
	return r
}

// Erfc returns the complementary error function of x.
//
// Special cases are:
//
//	Erfc(+Inf) = 0
//	Erfc(-Inf) = 2
//	Erfc(NaN) = NaN
func Erfc(x float64) float64 {
	const tiny = 1.0 / (1 << 56)
	switch {
	case IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case IsInf(x, -1):
		return 2
	}
	neg := x < 0
	if neg {
		x = -x
	}
	switch {
	case x < 0.84375:
		r := x
		if x >= tiny {
			y := erfSmall(x)
			if x < 0.25 {
				r = x + x*y
			} else {
				r = 0.5 + (x*y + (x - 0.5))
			}
		}
		if neg {
			return 1 + r
		}
		return 1 - r
	case x < 1.25:
		if neg {
			return 1 + erx + erfMid(x)
		}
		return 1 - erx - erfMid(x)
	case x < 28:
		if neg && x > 6 {
			return 2
		}
		if neg {
			return 2 - erfcTail(x)
		}
		return erfcTail(x)
	}
	if neg {
		return 2
	}
	return 0
}

// Erfinv's rational approximations (Wichura's AS 241, as Go has them): for
// |x| ≤ 0.85 in r = 0.180625 - x²/4, else in r = √(ln2 - ln(1-|x|)) - 1.6 up
// to r = 5, then in r - 5. Lowest degree first.
var (
	erfinvCentralP = []float64{1.1975323115670912564578e0, 4.7072688112383978012285e1, 6.9706266534389598238465e2, 4.8548868893843886794648e3, 1.6235862515167575384252e4, 2.3782041382114385731252e4, 1.1819493347062294404278e4, 8.8709406962545514830200e2}
	erfinvCentralQ = []float64{1.0000000000000000000e0, 4.2313330701600911252e1, 6.8718700749205790830e2, 5.3941960214247511077e3, 2.1213794301586595867e4, 3.9307895800092710610e4, 2.8729085735721942674e4, 5.2264952788528545610e3}
	erfinvNearP    = []float64{1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0, 3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1, 2.27238449892691845833e-2, 7.74545014278341407640e-4}
	erfinvNearQ    = []float64{1.4142135623730950488016887e0, 2.9036514445419946173133295e0, 2.3707661626024532365971225e0, 9.7547832001787427186894837e-1, 2.0945065210512749128288442e-1, 2.1494160384252876777097297e-2, 7.7441459065157709165577218e-4, 1.4859850019840355905497876e-9}
	erfinvFarP     = []float64{6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0, 2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3, 2.71155556874348757815e-5, 2.01033439929228813265e-7}
	erfinvFarQ     = []float64{1.414213562373095048801689e0, 8.482908416595164588112026e-1, 1.936480946950659106176712e-1, 2.103693768272068968719679e-2, 1.112800997078859844711555e-3, 2.611088405080593625138020e-5, 2.010321207683943062279931e-7, 2.891024605872965461538222e-15}
)

// Erfinv returns the inverse error function of x.
//
// Special cases are:
//
//	Erfinv(1) = +Inf
//	Erfinv(-1) = -Inf
//	Erfinv(x) = NaN if x < -1 or x > 1
//	Erfinv(NaN) = NaN
func Erfinv(x float64) float64 {
	if IsNaN(x) || x <= -1 || x >= 1 {
		if x == -1 || x == 1 {
			return Inf(int(x))
		}
		return NaN()
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var y float64
	if x <= 0.85 {
		r := 0.180625 - 0.25*x*x
		y = (x * poly(r, erfinvCentralP)) / poly(r, erfinvCentralQ)
	} else {
		r := Sqrt(Ln2 - Log(1.0-x))
		if r <= 5.0 {
			r -= 1.6
			y = poly(r, erfinvNearP) / poly(r, erfinvNearQ)
		} else {
			r -= 5.0
			y = poly(r, erfinvFarP) / poly(r, erfinvFarQ)
		}
	}
	if neg {
		return -y
	}
	return y
}

// Erfcinv returns the inverse of Erfc(x).
//
// Special cases are:
//
//	Erfcinv(0) = +Inf
//	Erfcinv(2) = -Inf
//	Erfcinv(x) = NaN if x < 0 or x > 2
//	Erfcinv(NaN) = NaN
func Erfcinv(x float64) float64 {
	return Erfinv(1 - x)
}
