package math

// The exponential functions, as Go computes them on amd64, operation for
// operation (see trig.go). Exp is Go's amd64 assembly routine written out:
// it reduces x to r = x - k·ln2 with |r| ≤ ln2/2, evaluates the Taylor series
// of e^(r/16) - 1 and squares four times. On a processor with FMA (and AVX)
// Go's routine fuses the multiply-adds, which changes the last bit of some
// results, so this does the same on the same processors. Exp2 and Expm1 are
// Go's Go code (from FreeBSD's msun).

// useFMA: Go's Exp uses fused multiply-adds here.
var useFMA = haveFMA()

// haveFMA reports whether the processor has the FMA and AVX extensions.
func haveFMA() bool

// FMA returns x * y + z, computed with only one rounding.
func FMA(x, y, z float64) float64

// Exp returns e**x, the base-e exponential of x.
func Exp(x float64) float64 {
	const (
		log2e    = 1.4426950408889634073599246810018920
		ln2Upper = 0.69314718055966295651160180568695068359375
		ln2Lower = 0.28235290563031577122588448175013436025525412068e-12
		overflow = 7.09782712893384e+02
	)
	b := Float64bits(x)
	if b&^(1<<63) >= 0x7FF0000000000000 { // ±Inf or NaN
		if b == 0xFFF0000000000000 {
			return 0
		}
		return x
	}
	if x > overflow {
		return Inf(1)
	}
	// k = x/ln2 rounded to even, as the processor converts (an out-of-range
	// value is the "integer indefinite" MinInt32, which underflows below)
	t := RoundToEven(log2e * x)
	k := int32(MinInt32)
	if t >= MinInt32 && t <= MaxInt32 {
		k = int32(t)
	}
	kf := float64(k)
	var r float64
	if useFMA {
		r = FMA(-kf, ln2Upper, x)
		r = FMA(-kf, ln2Lower, r)
		r *= 0.0625
		p := FMA(1.0/40320, r, 1.0/5040)
		p = FMA(p, r, 1.0/720)
		p = FMA(p, r, 1.0/120)
		p = FMA(p, r, 1.0/24)
		p = FMA(p, r, 1.0/6)
		p = FMA(p, r, 0.5)
		p = FMA(p, r, 1.0)
		r *= p
		r *= r + 2
		r *= r + 2
		r *= r + 2
		r = FMA(r, r+2, 1)
	} else {
		r = x - ln2Upper*kf
		r = r - ln2Lower*kf
		r *= 0.0625
		p := 1.0 / 40320 * r
		p = (p + 1.0/5040) * r
		p = (p + 1.0/720) * r
		p = (p + 1.0/120) * r
		p = (p + 1.0/24) * r
		p = (p + 1.0/6) * r
		p = (p + 0.5) * r
		p += 1.0
		r *= p
		r *= 2 + r
		r *= 2 + r
		r *= 2 + r
		r *= 2 + r
		r += 1
	}
	// r × 2**k, through a subnormal scale first when 2**k is not normal
	k += expBias
	if k <= 0 {
		if k < -52 {
			return 0
		}
		r *= Float64frombits(uint64(k+expBias-1) << mantBits)
		k = 1
	} else if k >= expMask {
		return Inf(1)
	}
	return r * Float64frombits(uint64(k)<<mantBits)
}

// The high and low parts of ln 2: ln2Hi has trailing zero bits, so k·ln2Hi is
// exact for the k these functions use.
const (
	ln2Hi = 6.93147180369123816490e-01
	ln2Lo = 1.90821492927058770002e-10
)

// Exp2 returns 2**x, the base-2 exponential of x.
func Exp2(x float64) float64 {
	const (
		overflow  = 1.0239999999999999e+03
		underflow = -1.0740e+03
	)
	switch {
	case IsNaN(x):
		return x
	case x > overflow:
		return Inf(1)
	case x < underflow:
		return 0
	}
	var k int
	switch {
	case x > 0:
		k = int(x + 0.5)
	case x < 0:
		k = int(x - 0.5)
	}
	t := x - float64(k)
	return expmulti(t*ln2Hi, -t*ln2Lo, k)
}

// expmulti returns e**r × 2**k, with r = hi - lo and |r| ≤ ln2/2.
func expmulti(hi, lo float64, k int) float64 {
	const (
		P1 = 1.66666666666666657415e-01
		P2 = -2.77777777770155933842e-03
		P3 = 6.61375632143793436117e-05
		P4 = -1.65339022054652515390e-06
		P5 = 4.13813679705723846039e-08
	)
	r := hi - lo
	t := r * r
	c := r - t*(P1+t*(P2+t*(P3+t*(P4+t*P5))))
	y := 1 - ((lo - (r*c)/(2-c)) - hi)
	return Ldexp(y, k)
}

// Expm1 returns e**x - 1, accurate also when x is near zero.
func Expm1(x float64) float64 {
	const (
		overflow  = 7.09782712893383973096e+02
		ln2X56    = 3.88162421113569373274e+01
		ln2HalfX3 = 1.03972077083991796413e+00
		ln2Half   = 3.46573590279972654709e-01
		invLn2    = 1.44269504088896338700e+00
		tiny      = 1.0 / (1 << 54)
		// the rational approximation of r·(e**r + 1)/(e**r - 1)
		Q1 = -3.33333333333331316428e-02
		Q2 = 1.58730158725481460165e-03
		Q3 = -7.93650757867487942473e-05
		Q4 = 4.00821782732936239552e-06
		Q5 = -2.01099218183624371326e-07
	)
	switch {
	case IsInf(x, 1) || IsNaN(x):
		return x
	case IsInf(x, -1):
		return -1
	}
	neg := x < 0
	absx := Abs(x)
	if absx >= ln2X56 {
		if neg {
			return -1
		}
		if absx >= overflow {
			return Inf(1)
		}
	}
	// x = k·ln2 + r, with c the rounding error of r = hi - lo
	var c float64
	var k int
	switch {
	case absx > ln2Half:
		var hi, lo float64
		switch {
		case absx < ln2HalfX3 && !neg:
			hi, lo, k = x-ln2Hi, ln2Lo, 1
		case absx < ln2HalfX3:
			hi, lo, k = x+ln2Hi, -ln2Lo, -1
		default:
			if neg {
				k = int(invLn2*x - 0.5)
			} else {
				k = int(invLn2*x + 0.5)
			}
			t := float64(k)
			hi = x - t*ln2Hi
			lo = t * ln2Lo
		}
		x = hi - lo
		c = (hi - x) - lo
	case absx < tiny:
		return x
	}
	hfx := 0.5 * x
	hxs := x * hfx
	r1 := 1 + hxs*(Q1+hxs*(Q2+hxs*(Q3+hxs*(Q4+hxs*Q5))))
	t := 3 - r1*hfx
	e := hxs * ((r1 - t) / (6.0 - x*t))
	if k == 0 {
		return x - (x*e - hxs)
	}
	e = x*(e-c) - c
	e -= hxs
	// scaleExp adds k to the exponent of y
	scaleExp := func(y float64) float64 { return Float64frombits(Float64bits(y) + uint64(k)<<mantBits) }
	switch {
	case k == -1:
		return 0.5*(x-e) - 0.5
	case k == 1:
		if x < -0.25 {
			return -2 * (e - (x + 0.5))
		}
		return 1 + 2*(x-e)
	case k <= -2 || k > 56:
		return scaleExp(1-(e-x)) - 1
	case k < 20:
		t := Float64frombits(0x3ff0000000000000 - (0x20000000000000 >> uint(k))) // 1 - 2**-k
		return scaleExp(t - (e - x))
	}
	t = Float64frombits(uint64(expBias-k) << mantBits) // 2**-k
	y := x - (e + t)
	y++
	return scaleExp(y)
}
