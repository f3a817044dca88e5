package math

// The logarithms, as Go computes them on amd64, operation for operation (see
// trig.go). Log is Go's amd64 assembly routine written out — FreeBSD msun's
// algorithm, except that it takes the exponent straight from the bits, so a
// subnormal argument is read as if it were normal (as Go's is). Log2, Log10
// and Log1p are Go's Go code.

// The coefficients of the minimax polynomial R(z) ≈ (log((1+s)/(1-s)) - 2s)/s,
// z = s², for s in [0, 0.1716] (Lp1..Lp7 of Log1p are the same).
const (
	logL1 = 6.666666666666735130e-01
	logL2 = 3.999999999940941908e-01
	logL3 = 2.857142874366239149e-01
	logL4 = 2.222219843214978396e-01
	logL5 = 1.818357216161805012e-01
	logL6 = 1.531383769920937332e-01
	logL7 = 1.479819860511658591e-01
)

// Log returns the natural logarithm of x.
func Log(x float64) float64 {
	const halfSqrt2 = 7.07106781186547524401e-01
	b := Float64bits(x)
	switch {
	case b&^(1<<63) == 0:
		return Inf(-1)
	case int64(b) < 0:
		return NaN()
	case b >= 0x7FF0000000000000: // +Inf or NaN
		return x
	}
	// x = f1 × 2**k with f1 in [½, 1), then in (√2/2, √2]
	f1 := Float64frombits(b&(1<<mantBits-1) | 0x3FE0000000000000)
	k := float64(int32(b>>mantBits&expMask) - (expBias - 1))
	if f1 <= halfSqrt2 {
		k--
		f1 *= 2
	}
	f := f1 - 1
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	t1 := s2 * (logL1 + s4*(logL3+s4*(logL5+s4*logL7)))
	t2 := s4 * (logL2 + s4*(logL4+s4*logL6))
	R := t1 + t2
	hfsq := 0.5 * f * f
	return k*ln2Hi - ((hfsq - (s*(hfsq+R) + k*ln2Lo)) - f)
}

// Log10 returns the decimal logarithm of x.
func Log10(x float64) float64 { return Log(x) * (1 / Ln10) }

// Log2 returns the binary logarithm of x, exact for powers of two.
func Log2(x float64) float64 {
	frac, exp := Frexp(x)
	if frac == 0.5 {
		return float64(exp - 1)
	}
	return Log(frac)*(1/Ln2) + float64(exp)
}

// Log1p returns the natural logarithm of 1 plus its argument x, accurate also
// when x is near zero.
func Log1p(x float64) float64 {
	const (
		sqrt2M1     = 4.142135623730950488017e-01  // √2 - 1
		sqrt2HalfM1 = -2.928932188134524755992e-01 // √2/2 - 1
		small       = 1.0 / (1 << 29)
		tiny        = 1.0 / (1 << 54)
		two53       = 1 << 53
	)
	switch {
	case x < -1 || IsNaN(x):
		return NaN()
	case x == -1:
		return Inf(-1)
	case IsInf(x, 1):
		return Inf(1)
	}
	absx := Abs(x)
	// 1+x = 2**k × (1+f), √2/2 < 1+f < √2, with c the rounding error of 1+x
	// (divided by it); iu is the mantissa of 1+f, 0 when f is tiny
	var f, c float64
	var iu uint64
	k := 1
	if absx < sqrt2M1 {
		if absx < small {
			if absx < tiny {
				return x
			}
			return x - x*x*0.5
		}
		if x > sqrt2HalfM1 {
			k, f, iu = 0, x, 1
		}
	}
	if k != 0 {
		var u float64
		if absx < two53 {
			u = 1.0 + x
			iu = Float64bits(u)
			k = int((iu >> mantBits) - expBias)
			if k > 0 {
				c = 1.0 - (u - x)
			} else {
				c = x - (u - 1.0)
			}
			c /= u
		} else {
			u = x
			iu = Float64bits(u)
			k = int((iu >> mantBits) - expBias)
			c = 0
		}
		iu &= 1<<mantBits - 1
		if iu < 0x0006a09e667f3bcd { // the mantissa of √2
			u = Float64frombits(iu | 0x3ff0000000000000)
		} else {
			k++
			u = Float64frombits(iu | 0x3fe0000000000000)
			iu = (0x0010000000000000 - iu) >> 2
		}
		f = u - 1.0
	}
	hfsq := 0.5 * f * f
	kf := float64(k)
	if iu == 0 { // |f| < 2**-20
		if f == 0 {
			if k == 0 {
				return 0
			}
			c += kf * ln2Lo
			return kf*ln2Hi + c
		}
		R := hfsq * (1.0 - 0.66666666666666666*f)
		if k == 0 {
			return f - R
		}
		return kf*ln2Hi - ((R - (kf*ln2Lo + c)) - f)
	}
	s := f / (2.0 + f)
	z := s * s
	R := z * (logL1 + z*(logL2+z*(logL3+z*(logL4+z*(logL5+z*(logL6+z*logL7))))))
	if k == 0 {
		return f - (hfsq - s*(hfsq+R))
	}
	return kf*ln2Hi - ((hfsq - (s*(hfsq+R) + (kf*ln2Lo + c))) - f)
}
