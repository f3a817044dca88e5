package big

// Float: binary floating-point numbers of any precision.
//
// A finite Float is sign × mant × 2^(exp - mant.bitLen()): mant is an odd
// integer of at most prec bits (the significant bits, trailing zeros
// dropped), exp the exponent of Go's normalized form 0.5 <= 0.mant < 1, so
// that 2^(exp-1) <= |x| < 2^exp. Every arithmetic operation computes its
// result exactly (Quo to two bits more than prec, with a sticky bit for the
// rest), then rounds once with setRounded: the correctly rounded value, which
// is what Go's operations compute, with the accuracy Go reports. Sqrt and
// decimal parsing are not correctly rounded in Go, and follow its
// algorithms. Go's word-aligned mantissa is not kept, as nothing a program
// can see depends on it.

import (
	"internal/itoa"
	"math"
)

// A Float represents a multi-precision floating point number with a
// precision, a rounding mode and the accuracy of the operation that produced
// it. The zero value is +0.0 exactly, with precision 0 and mode
// ToNearestEven; an operation whose result has precision 0 takes the largest
// precision of its operands.
type Float struct {
	prec uint32
	mode RoundingMode
	acc  Accuracy
	form form
	neg  bool
	mant nat   // finite: odd, at most prec bits; otherwise unused
	exp  int32 // finite: 2^(exp-1) <= |x| < 2^exp; otherwise unused
}

// An ErrNaN panic is raised by a Float operation that would lead to a NaN
// under IEEE-754 rules. An ErrNaN implements the error interface.
type ErrNaN struct {
	msg string
}

func (err ErrNaN) Error() string { return err.msg }

// NewFloat allocates and returns a new Float set to x, with precision 53 and
// rounding mode ToNearestEven. NewFloat panics with ErrNaN if x is a NaN.
func NewFloat(x float64) *Float {
	if math.IsNaN(x) {
		panic(ErrNaN{"NewFloat(NaN)"})
	}
	return new(Float).SetFloat64(x)
}

// Exponent and precision limits.
const (
	MaxExp  = math.MaxInt32  // largest supported exponent
	MinExp  = math.MinInt32  // smallest supported exponent
	MaxPrec = math.MaxUint32 // largest (theoretically) supported precision; likely memory-limited
)

// form tells zeros, finite numbers and infinities apart; the order matters
// (form <= finite means "has a value an Int or Rat can hold").
type form byte

const (
	zero form = iota
	finite
	inf
)

// RoundingMode determines how a Float value is rounded to the desired
// precision.
type RoundingMode byte

// These constants define supported rounding modes.
const (
	ToNearestEven RoundingMode = iota // == IEEE 754-2008 roundTiesToEven
	ToNearestAway                     // == IEEE 754-2008 roundTiesToAway
	ToZero                            // == IEEE 754-2008 roundTowardZero
	AwayFromZero                      // no IEEE 754-2008 equivalent
	ToNegativeInf                     // == IEEE 754-2008 roundTowardNegative
	ToPositiveInf                     // == IEEE 754-2008 roundTowardPositive
)

var roundingModeNames = [...]string{"ToNearestEven", "ToNearestAway", "ToZero", "AwayFromZero", "ToNegativeInf", "ToPositiveInf"}

func (i RoundingMode) String() string {
	if int(i) < len(roundingModeNames) {
		return roundingModeNames[i]
	}
	return "RoundingMode(" + itoa.Itoa(int(i)) + ")"
}

// makeAcc is the accuracy of a result that moved away from the exact one:
// Above if it went up.
func makeAcc(above bool) Accuracy {
	if above {
		return Above
	}
	return Below
}

// setRounded sets z, whose sign, precision and mode are set, to the finite
// value m × 2^e rounded to z.prec bits; sticky says the exact value is a
// little more than that (bits below m's last one are set), and then m has
// at least z.prec+2 bits. A zero m without sticky is zero.
func (z *Float) setRounded(m nat, e int64, sticky bool) {
	z.acc = Exact
	if len(m) == 0 {
		z.form = zero
		return
	}
	n := m.bitLen()
	if over := n - int(z.prec); over > 0 {
		// the bit worth half an ulp, and whether any below it is set
		half := m.bit(uint(over-1)) == 1
		sticky = sticky || m.trailingZeroBits() < uint(over-1)
		m = nat(nil).shr(m, uint(over))
		e += int64(over)
		if half || sticky {
			up := false
			switch z.mode {
			case ToNearestEven:
				up = half && (sticky || m[0]&1 == 1)
			case ToNearestAway:
				up = half
			case AwayFromZero:
				up = true
			case ToNegativeInf:
				up = z.neg
			case ToPositiveInf:
				up = !z.neg
			}
			if up {
				m = nat(nil).add(m, nat{1})
			}
			z.acc = makeAcc(up != z.neg)
		}
	} else if sticky {
		panic("big: setRounded: sticky bit without guard bits")
	}
	tz := m.trailingZeroBits()
	exp := e + int64(m.bitLen())
	switch {
	case exp < MinExp:
		z.form = zero
		z.acc = makeAcc(z.neg)
		return
	case exp > MaxExp:
		z.form = inf
		z.acc = makeAcc(!z.neg)
		return
	}
	z.form = finite
	z.mant = z.mant.shr(m, tz)
	z.exp = int32(exp)
}

// lsbExp is the exponent of the last bit of x's mantissa: finite x is
// x.mant × 2^lsbExp().
func (x *Float) lsbExp() int64 { return int64(x.exp) - int64(x.mant.bitLen()) }

// SetPrec sets z's precision to prec and returns the (possibly) rounded value
// of z. SetPrec(0) maps all finite values to ±0; infinite values remain
// unchanged. If prec > MaxPrec, it is set to MaxPrec.
func (z *Float) SetPrec(prec uint) *Float {
	z.acc = Exact
	if prec == 0 {
		z.prec = 0
		if z.form == finite {
			z.acc = makeAcc(z.neg)
			z.form = zero
		}
		return z
	}
	if prec > MaxPrec {
		prec = MaxPrec
	}
	old := z.prec
	z.prec = uint32(prec)
	if z.prec < old && z.form == finite {
		z.setRounded(z.mant, z.lsbExp(), false)
	}
	return z
}

// SetMode sets z's rounding mode to mode and returns an exact z.
func (z *Float) SetMode(mode RoundingMode) *Float {
	z.mode = mode
	z.acc = Exact
	return z
}

// Prec returns the mantissa precision of x in bits.
func (x *Float) Prec() uint { return uint(x.prec) }

// MinPrec returns the minimum precision required to represent x exactly; 0
// for |x| == 0 and |x| == Inf.
func (x *Float) MinPrec() uint {
	if x.form != finite {
		return 0
	}
	return uint(x.mant.bitLen())
}

// Mode returns the rounding mode of x.
func (x *Float) Mode() RoundingMode { return x.mode }

// Acc returns the accuracy of x produced by the most recent operation.
func (x *Float) Acc() Accuracy { return x.acc }

// Sign returns -1, 0 or +1 as x is negative, ±0 or positive.
func (x *Float) Sign() int {
	switch {
	case x.form == zero:
		return 0
	case x.neg:
		return -1
	}
	return 1
}

// Signbit reports whether x is negative or negative zero.
func (x *Float) Signbit() bool { return x.neg }

// IsInf reports whether x is +Inf or -Inf.
func (x *Float) IsInf() bool { return x.form == inf }

// IsInt reports whether x is an integer. ±Inf values are not integers.
func (x *Float) IsInt() bool {
	if x.form != finite {
		return x.form == zero
	}
	return x.lsbExp() >= 0
}

// MantExp breaks x into its mantissa and exponent components and returns the
// exponent; a non-nil mant is set to the mantissa, with x's precision and
// mode, so that x == mant × 2**exp with 0.5 <= |mant| < 1.0. For ±0 and ±Inf
// the exponent is 0 and mant is x.
func (x *Float) MantExp(mant *Float) (exp int) {
	if x.form == finite {
		exp = int(x.exp)
	}
	if mant != nil {
		mant.Copy(x)
		if mant.form == finite {
			mant.exp = 0
		}
	}
	return
}

// SetMantExp sets z to mant × 2**exp and returns z, with mant's precision
// and rounding mode.
func (z *Float) SetMantExp(mant *Float, exp int) *Float {
	z.Copy(mant)
	if z.form == finite {
		z.setRounded(z.mant, z.lsbExp()+int64(exp), false)
	}
	return z
}

// setBits64 sets z to ±x, with precision 64 if it has none.
func (z *Float) setBits64(neg bool, x uint64) *Float {
	if z.prec == 0 {
		z.prec = 64
	}
	z.neg = neg
	z.setRounded(nat(nil).setUint64(x), 0, false)
	return z
}

// SetUint64 sets z to the (possibly rounded) value of x and returns z. If
// z's precision is 0, it is changed to 64.
func (z *Float) SetUint64(x uint64) *Float { return z.setBits64(false, x) }

// SetInt64 sets z to the (possibly rounded) value of x and returns z. If z's
// precision is 0, it is changed to 64.
func (z *Float) SetInt64(x int64) *Float {
	u := uint64(x)
	if x < 0 {
		u = -u
	}
	return z.setBits64(x < 0, u)
}

// SetFloat64 sets z to the (possibly rounded) value of x and returns z. If
// z's precision is 0, it is changed to 53. SetFloat64 panics with ErrNaN if
// x is a NaN.
func (z *Float) SetFloat64(x float64) *Float {
	if z.prec == 0 {
		z.prec = 53
	}
	if math.IsNaN(x) {
		panic(ErrNaN{"Float.SetFloat64(NaN)"})
	}
	z.acc = Exact
	z.neg = math.Signbit(x)
	switch {
	case x == 0:
		z.form = zero
		return z
	case math.IsInf(x, 0):
		z.form = inf
		return z
	}
	fmant, exp := math.Frexp(math.Abs(x)) // 0.5 <= fmant < 1
	m := uint64(fmant * (1 << 53))
	z.setRounded(nat(nil).setUint64(m), int64(exp)-53, false)
	return z
}

// SetInt sets z to the (possibly rounded) value of x and returns z. If z's
// precision is 0, it is changed to the larger of x.BitLen() or 64.
func (z *Float) SetInt(x *Int) *Float {
	if z.prec == 0 {
		z.prec = uint32(max(x.BitLen(), 64))
	}
	z.neg = x.neg
	z.setRounded(x.abs, 0, false)
	return z
}

// SetRat sets z to the (possibly rounded) value of x and returns z. If z's
// precision is 0, it is changed to the largest of a.BitLen(), b.BitLen(), or
// 64; with x = a/b.
func (z *Float) SetRat(x *Rat) *Float {
	if x.IsInt() {
		return z.SetInt(x.Num())
	}
	var a, b Float
	a.SetInt(x.Num())
	b.SetInt(x.Denom())
	if z.prec == 0 {
		z.prec = max(a.prec, b.prec)
	}
	return z.Quo(&a, &b)
}

// SetInf sets z to -Inf if signbit is set, or +Inf if not, and returns z.
// The precision of z is unchanged and the result is always Exact.
func (z *Float) SetInf(signbit bool) *Float {
	z.acc = Exact
	z.form = inf
	z.neg = signbit
	return z
}

// Set sets z to the (possibly rounded) value of x and returns z. If z's
// precision is 0, it is changed to the precision of x.
func (z *Float) Set(x *Float) *Float {
	z.acc = Exact
	if z == x {
		return z
	}
	if z.prec == 0 {
		z.prec = x.prec
	}
	z.form, z.neg = x.form, x.neg
	if x.form == finite {
		z.setRounded(x.mant, x.lsbExp(), false)
	}
	return z
}

// Copy sets z to x, with the same precision, rounding mode, and accuracy as
// x, and returns z.
func (z *Float) Copy(x *Float) *Float {
	if z != x {
		z.prec, z.mode, z.acc, z.form, z.neg = x.prec, x.mode, x.acc, x.form, x.neg
		if x.form == finite {
			z.mant = z.mant.set(x.mant)
			z.exp = x.exp
		}
	}
	return z
}

// truncated is |x| truncated to an integer, and whether that was exact
// (x finite).
func (x *Float) truncated() (nat, bool) {
	e := x.lsbExp()
	switch {
	case e >= 0:
		return nat(nil).shl(x.mant, uint(e)), true
	case -e >= int64(x.mant.bitLen()):
		return nil, false
	}
	return nat(nil).shr(x.mant, uint(-e)), false
}

// Uint64 returns the unsigned integer resulting from truncating x towards
// zero; (0, Above) for x < 0 and (math.MaxUint64, Below) for x >
// math.MaxUint64. As in Go, the accuracy of 0 < x < 1 is Below, and of a
// larger x Below only if x needs more than 64 bits (so 1.5 gives 1, Exact).
func (x *Float) Uint64() (uint64, Accuracy) {
	switch {
	case x.form == zero:
		return 0, Exact
	case x.neg:
		return 0, Above
	case x.form == inf || x.exp > 64:
		return math.MaxUint64, Below
	case x.exp <= 0:
		return 0, Below
	}
	t, _ := x.truncated()
	if x.MinPrec() <= 64 {
		return low64(t), Exact
	}
	return low64(t), Below
}

// Int64 returns the integer resulting from truncating x towards zero, with
// Above (x < 0) or Below (x > 0) if that lost a fraction; out of range, the
// nearest of math.MinInt64 (Above) and math.MaxInt64 (Below).
func (x *Float) Int64() (int64, Accuracy) {
	// below 2^63 in magnitude, or -2^63 itself (mantissa 1)
	fits := x.exp < 64 || x.exp == 64 && x.neg && x.mant.bitLen() == 1
	switch {
	case x.form == zero:
		return 0, Exact
	case x.form == inf || !fits:
		if x.neg {
			return math.MinInt64, Above
		}
		return math.MaxInt64, Below
	}
	t, exact := x.truncated()
	i := int64(low64(t))
	if x.neg {
		i = -i
	}
	if exact {
		return i, Exact
	}
	return i, makeAcc(x.neg)
}

// ieee rounds finite x to nearest even in a binary format with mbits
// explicit mantissa bits and exponent bias: the biased exponent and mantissa
// fields (all ones and zero for an overflow to infinity) and the accuracy.
// Subnormal results have fewer bits of precision, and one below half the
// smallest underflows to zero.
func (x *Float) ieee(mbits, bias int) (bexp, mant uint64, acc Accuracy) {
	emin := 1 - bias
	e := int(x.exp) - 1 // 1 <= |x|/2^e < 2
	p := mbits + 1
	if e < emin {
		p = mbits + 1 - emin + e
		if p < 0 || p == 0 && x.mant.bitLen() == 1 {
			return 0, 0, makeAcc(x.neg)
		}
		if p == 0 {
			return 0, 1, makeAcc(!x.neg)
		}
	}
	r := Float{prec: uint32(p), neg: x.neg}
	r.setRounded(x.mant, x.lsbExp(), false)
	e = int(r.exp) - 1
	if r.form == inf || e > bias {
		return uint64(2*bias + 1), 0, makeAcc(!x.neg)
	}
	if e < emin {
		// subnormal: the value is mant × 2^(emin-mbits)
		return 0, low64(nat(nil).shl(r.mant, uint(r.lsbExp()-int64(emin-mbits)))), r.acc
	}
	m := low64(nat(nil).shl(r.mant, uint(r.lsbExp()-int64(e-mbits))))
	return uint64(e + bias), m & (1<<mbits - 1), r.acc
}

// Float64 returns the float64 value nearest to x, and the accuracy: ±0 for
// magnitudes below the smallest subnormal, ±Inf above math.MaxFloat64.
func (x *Float) Float64() (float64, Accuracy) {
	switch x.form {
	case zero, inf:
		f := 0.0
		if x.form == inf {
			f = math.Inf(1)
		}
		if x.neg {
			f = -f
		}
		return f, Exact
	}
	bexp, mant, acc := x.ieee(52, 1023)
	var sign uint64
	if x.neg {
		sign = 1 << 63
	}
	return math.Float64frombits(sign | bexp<<52 | mant), acc
}

// Float32 returns the float32 value nearest to x, and the accuracy: ±0 for
// magnitudes below the smallest subnormal, ±Inf above math.MaxFloat32.
func (x *Float) Float32() (float32, Accuracy) {
	if x.form != finite {
		// ±0 and ±Inf convert exactly
		f, acc := x.Float64()
		return float32(f), acc
	}
	bexp, mant, acc := x.ieee(23, 127)
	var sign uint32
	if x.neg {
		sign = 1 << 31
	}
	return math.Float32frombits(sign | uint32(bexp)<<23 | uint32(mant)), acc
}

// Int returns the result of truncating x towards zero, or nil if x is an
// infinity; Exact if x.IsInt(), otherwise Below for x > 0 and Above for
// x < 0. A non-nil z receives the result.
func (x *Float) Int(z *Int) (*Int, Accuracy) {
	if x.form == inf {
		return nil, makeAcc(x.neg)
	}
	if z == nil {
		z = new(Int)
	}
	if x.form == zero {
		return z.SetInt64(0), Exact
	}
	t, exact := x.truncated()
	z.abs = z.abs.set(t)
	z.neg = x.neg && len(t) > 0
	if exact {
		return z, Exact
	}
	return z, makeAcc(x.neg)
}

// Rat returns the rational number corresponding to x, or nil if x is an
// infinity; the result is Exact if x is not an Inf. A non-nil z receives the
// result.
func (x *Float) Rat(z *Rat) (*Rat, Accuracy) {
	if x.form == inf {
		return nil, makeAcc(x.neg)
	}
	if z == nil {
		z = new(Rat)
	}
	if x.form == zero {
		return z.SetInt64(0), Exact
	}
	z.a.abs = z.a.abs.set(x.mant)
	z.a.neg = x.neg
	z.b.abs = z.b.abs.setWord(1)
	z.b.neg = false
	if e := x.lsbExp(); e >= 0 {
		z.a.abs = z.a.abs.shl(z.a.abs, uint(e))
	} else {
		z.b.abs = z.b.abs.shl(z.b.abs, uint(-e)) // mant is odd: already in lowest terms
	}
	return z, Exact
}

// Abs sets z to the (possibly rounded) value |x| and returns z.
func (z *Float) Abs(x *Float) *Float {
	z.Set(x)
	z.neg = false
	return z
}

// Neg sets z to the (possibly rounded) value of x with its sign negated, and
// returns z.
func (z *Float) Neg(x *Float) *Float {
	z.Set(x)
	z.neg = !z.neg
	return z
}

// aligned is x's and y's mantissas (both finite) over their common last bit,
// and that bit's exponent.
func aligned(x, y *Float) (mx, my nat, e int64) {
	ex, ey := x.lsbExp(), y.lsbExp()
	e = min(ex, ey)
	return nat(nil).shl(x.mant, uint(ex-e)), nat(nil).shl(y.mant, uint(ey-e)), e
}

// ucmp compares |x| and |y|, both finite.
func (x *Float) ucmp(y *Float) int {
	switch {
	case x.exp < y.exp:
		return -1
	case x.exp > y.exp:
		return 1
	}
	mx, my, _ := aligned(x, y)
	return mx.cmp(my)
}

// resultPrec gives z, if it has no precision, the larger of x's and y's.
func (z *Float) resultPrec(x, y *Float) {
	if z.prec == 0 {
		z.prec = max(x.prec, y.prec)
	}
}

// Add sets z to the rounded sum x+y and returns z. If z's precision is 0, it
// is changed to the larger of x's or y's precision before the operation.
// Add panics with ErrNaN if x and y are infinities with opposite signs.
func (z *Float) Add(x, y *Float) *Float {
	z.resultPrec(x, y)
	return z.add(x, y, y.neg, "addition of infinities with opposite signs")
}

// Sub sets z to the rounded difference x-y and returns z, with precision as
// Add. Sub panics with ErrNaN if x and y are infinities with equal signs.
func (z *Float) Sub(x, y *Float) *Float {
	z.resultPrec(x, y)
	return z.add(x, y, !y.neg, "subtraction of infinities with equal signs")
}

// add sets z to x + y with y's sign taken as yneg.
func (z *Float) add(x, y *Float, yneg bool, nanMsg string) *Float {
	switch {
	case x.form == finite && y.form == finite:
		mx, my, e := aligned(x, y)
		z.neg = x.neg
		var m nat
		switch {
		case x.neg == yneg:
			m = nat(nil).add(mx, my)
		case mx.cmp(my) >= 0:
			m = nat(nil).sub(mx, my)
		default:
			m = nat(nil).sub(my, mx)
			z.neg = yneg
		}
		if len(m) == 0 {
			// an exact zero is +0, or -0 when rounding down
			z.neg = z.mode == ToNegativeInf
		}
		z.setRounded(m, e, false)
	case x.form == inf && y.form == inf && x.neg != yneg:
		z.acc, z.form, z.neg = Exact, zero, false
		panic(ErrNaN{nanMsg})
	case x.form == zero && y.form == zero:
		z.acc, z.form, z.neg = Exact, zero, x.neg && yneg
	case x.form == inf || y.form == zero:
		z.Set(x)
	default:
		z.Set(y)
		z.neg = yneg
	}
	return z
}

// Mul sets z to the rounded product x*y and returns z, with precision as
// Add. Mul panics with ErrNaN if one operand is zero and the other operand an
// infinity.
func (z *Float) Mul(x, y *Float) *Float {
	z.resultPrec(x, y)
	z.neg = x.neg != y.neg
	if x.form == finite && y.form == finite {
		z.setRounded(nat(nil).mul(x.mant, y.mant), x.lsbExp()+y.lsbExp(), false)
		return z
	}
	z.acc = Exact
	switch {
	case x.form == zero && y.form == inf || x.form == inf && y.form == zero:
		z.form, z.neg = zero, false
		panic(ErrNaN{"multiplication of zero with infinity"})
	case x.form == inf || y.form == inf:
		z.form = inf
	default:
		z.form = zero
	}
	return z
}

// Quo sets z to the rounded quotient x/y and returns z, with precision as
// Add. Quo panics with ErrNaN if both operands are zero or infinities.
func (z *Float) Quo(x, y *Float) *Float {
	z.resultPrec(x, y)
	z.neg = x.neg != y.neg
	if x.form == finite && y.form == finite {
		// a quotient of at least prec+2 bits, the remainder as sticky bit
		s := max(int(z.prec)+3+y.mant.bitLen()-x.mant.bitLen(), 0)
		q, r := nat(nil).div(nil, nat(nil).shl(x.mant, uint(s)), y.mant)
		z.setRounded(q, x.lsbExp()-y.lsbExp()-int64(s), len(r) > 0)
		return z
	}
	z.acc = Exact
	switch {
	case x.form == zero && y.form == zero || x.form == inf && y.form == inf:
		z.form, z.neg = zero, false
		panic(ErrNaN{"division of zero by zero or infinity by infinity"})
	case x.form == zero || y.form == inf:
		z.form = zero
	default:
		z.form = inf
	}
	return z
}

// Sqrt sets z to the rounded square root of x, and returns it. If z's
// precision is 0, it is changed to x's precision before the operation. Sqrt
// panics with ErrNaN if x < 0; the square root of ±0 is ±0 and of +Inf
// +Inf.
//
// The root is Go's: 1/√x by Newton's method from float64's, doubling the
// precision each step up to 32 bits past z's, then multiplied by x. That
// is not always the correctly rounded root (an exact root may come out one
// ulp below in the directed modes), and as in Go, z takes x's rounding mode
// and its accuracy is Exact.
func (z *Float) Sqrt(x *Float) *Float {
	if z.prec == 0 {
		z.prec = x.prec
	}
	if x.Sign() == -1 {
		panic(ErrNaN{"square root of negative operand"})
	}
	if x.form != finite {
		z.acc, z.form, z.neg = Exact, x.form, x.neg
		return z
	}
	// √(m × 2^b) = √m × 2^(b/2), with m in [0.25, 2) taking b's odd bit
	prec := z.prec
	b := x.MantExp(z)
	z.prec = prec
	switch b % 2 {
	case 1:
		z.exp++
	case -1:
		z.exp--
	}
	z.sqrtInverse(z)
	return z.SetMantExp(z, b/2)
}

// sqrtInverse sets z to x × 1/√x, 1/√x computed by Newton's iteration
// t' = t(3 - xt²)/2 at doubling precisions.
func (z *Float) sqrtInverse(x *Float) {
	u, v := new(Float), new(Float)
	three := NewFloat(3)
	next := func(t *Float) {
		u.prec, v.prec = t.prec, t.prec
		u.Mul(t, t)
		u.Mul(x, u)
		v.Sub(three, u)
		u.Mul(t, v)
		u.exp-- // halved
		t.Set(u)
	}
	xf, _ := x.Float64()
	t := new(Float).SetFloat64(1 / math.Sqrt(xf))
	for prec := z.prec + 32; t.prec < prec; {
		t.prec *= 2
		next(t)
	}
	z.Mul(x, t)
}

// Cmp compares x and y: -1 if x < y, 0 if x == y (including -0 == +0 and
// equal infinities), +1 if x > y.
func (x *Float) Cmp(y *Float) int {
	mx, my := x.ord(), y.ord()
	switch {
	case mx < my:
		return -1
	case mx > my:
		return 1
	}
	switch mx {
	case -1:
		return y.ucmp(x)
	case 1:
		return x.ucmp(y)
	}
	return 0
}

// ord classifies x: -2 for -Inf, -1 for a finite x < 0, 0 for ±0, +1 for a
// finite x > 0, +2 for +Inf.
func (x *Float) ord() int {
	var m int
	switch x.form {
	case zero:
		return 0
	case finite:
		m = 1
	case inf:
		m = 2
	}
	if x.neg {
		m = -m
	}
	return m
}
