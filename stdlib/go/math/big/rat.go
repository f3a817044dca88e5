package big

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

// A Rat represents a quotient a/b of arbitrary precision. The zero value for
// a Rat represents the value 0.
//
// The fraction is kept normalized: b > 0 and gcd(a, b) = 1, except that a
// zero b (the zero value's) stands for 1.
type Rat struct {
	a, b Int
}

// NewRat creates a new Rat with numerator a and denominator b.
func NewRat(a, b int64) *Rat { return new(Rat).SetFrac64(a, b) }

// denom is x's denominator as a magnitude (1 for the zero value's 0).
func (x *Rat) denom() nat {
	if len(x.b.abs) == 0 {
		return nat{1}
	}
	return x.b.abs
}

// norm reduces z to lowest terms with a positive denominator.
func (z *Rat) norm() *Rat {
	switch {
	case len(z.a.abs) == 0:
		z.a.neg = false
		z.b.abs = z.b.abs.setWord(1)
	case len(z.b.abs) == 0:
		z.b.abs = z.b.abs.setWord(1)
	default:
		neg := z.a.neg != z.b.neg
		z.a.neg, z.b.neg = false, false
		if f := new(Int).GCD(nil, nil, &z.a, &z.b); f.Cmp(intOne) != 0 {
			z.a.abs, _ = nat(nil).div(nil, z.a.abs, f.abs)
			z.b.abs, _ = nat(nil).div(nil, z.b.abs, f.abs)
		}
		z.a.neg = neg
	}
	z.b.neg = false
	return z
}

// SetFrac sets z to a/b and returns z; it panics if b == 0.
func (z *Rat) SetFrac(a, b *Int) *Rat {
	if len(b.abs) == 0 {
		panic("division by zero")
	}
	bb := new(Int).Set(b) // z.a may be b
	z.a.Set(a)
	z.b.Set(bb)
	return z.norm()
}

// SetFrac64 sets z to a/b and returns z; it panics if b == 0.
func (z *Rat) SetFrac64(a, b int64) *Rat { return z.SetFrac(NewInt(a), NewInt(b)) }

// SetInt sets z to x (by making a copy of x) and returns z.
func (z *Rat) SetInt(x *Int) *Rat {
	z.a.Set(x)
	z.b.abs = z.b.abs.setWord(1)
	z.b.neg = false
	return z
}

// SetInt64 sets z to x and returns z.
func (z *Rat) SetInt64(x int64) *Rat { return z.SetInt(NewInt(x)) }

// SetUint64 sets z to x and returns z.
func (z *Rat) SetUint64(x uint64) *Rat { return z.SetInt(new(Int).SetUint64(x)) }

// SetFloat64 sets z to exactly f and returns z. If f is not finite,
// SetFloat returns nil.
func (z *Rat) SetFloat64(f float64) *Rat {
	bits := math.Float64bits(f)
	mantissa := bits & (1<<52 - 1)
	exp := int(bits>>52) & 0x7ff
	switch exp {
	case 0x7ff: // Inf or NaN
		return nil
	case 0: // subnormal: no implicit leading bit
		exp = -1022
	default:
		mantissa |= 1 << 52
		exp -= 1023
	}
	// |f| = mantissa · 2^(exp-52)
	z.a.SetUint64(mantissa)
	z.a.neg = f < 0
	z.b.SetInt64(1)
	if shift := exp - 52; shift < 0 {
		z.b.Lsh(&z.b, uint(-shift))
	} else {
		z.a.Lsh(&z.a, uint(shift))
	}
	return z.norm()
}

// Set sets z to x (by making a copy of x) and returns z.
func (z *Rat) Set(x *Rat) *Rat {
	if z != x {
		z.a.Set(&x.a)
		z.b.Set(&x.b)
	}
	if len(z.b.abs) == 0 {
		z.b.abs = z.b.abs.setWord(1)
	}
	return z
}

// Num returns the numerator of x; it may be <= 0. The result is a reference
// to x's numerator.
func (x *Rat) Num() *Int { return &x.a }

// Denom returns the denominator of x; it is always > 0. The result is a
// reference to x's denominator, unless x is an uninitialized (zero value)
// Rat, in which case the result is a new Int of value 1.
func (x *Rat) Denom() *Int {
	if len(x.b.abs) == 0 {
		return &Int{abs: nat{1}}
	}
	return &x.b
}

// Sign returns -1, 0 or +1 as x is negative, zero or positive.
func (x *Rat) Sign() int { return x.a.Sign() }

// IsInt reports whether the denominator of x is 1.
func (x *Rat) IsInt() bool { return len(x.b.abs) == 0 || x.b.abs.cmp(nat{1}) == 0 }

// Cmp compares x and y: -1 if x < y, 0 if x == y, +1 if x > y.
func (x *Rat) Cmp(y *Rat) int {
	l := new(Int).Mul(&x.a, &Int{abs: y.denom()})
	r := new(Int).Mul(&y.a, &Int{abs: x.denom()})
	return l.Cmp(r)
}

// Abs sets z to |x| and returns z.
func (z *Rat) Abs(x *Rat) *Rat {
	z.Set(x)
	z.a.neg = false
	return z
}

// Neg sets z to -x and returns z.
func (z *Rat) Neg(x *Rat) *Rat {
	z.Set(x)
	z.a.neg = len(z.a.abs) > 0 && !z.a.neg
	return z
}

// Inv sets z to 1/x and returns z; it panics if x == 0.
func (z *Rat) Inv(x *Rat) *Rat {
	if len(x.a.abs) == 0 {
		panic("division by zero")
	}
	num, den := new(Int).Set(&x.a), &Int{abs: nat(nil).set(x.denom())}
	return z.SetFrac(den, num)
}

// Add sets z to the sum x+y and returns z.
func (z *Rat) Add(x, y *Rat) *Rat {
	xd, yd := &Int{abs: x.denom()}, &Int{abs: y.denom()}
	num := new(Int).Add(new(Int).Mul(&x.a, yd), new(Int).Mul(&y.a, xd))
	return z.SetFrac(num, new(Int).Mul(xd, yd))
}

// Sub sets z to the difference x-y and returns z.
func (z *Rat) Sub(x, y *Rat) *Rat {
	xd, yd := &Int{abs: x.denom()}, &Int{abs: y.denom()}
	num := new(Int).Sub(new(Int).Mul(&x.a, yd), new(Int).Mul(&y.a, xd))
	return z.SetFrac(num, new(Int).Mul(xd, yd))
}

// Mul sets z to the product x*y and returns z.
func (z *Rat) Mul(x, y *Rat) *Rat {
	num := new(Int).Mul(&x.a, &y.a)
	return z.SetFrac(num, new(Int).Mul(&Int{abs: x.denom()}, &Int{abs: y.denom()}))
}

// Quo sets z to the quotient x/y and returns z; it panics if y == 0.
func (z *Rat) Quo(x, y *Rat) *Rat {
	if len(y.a.abs) == 0 {
		panic("division by zero")
	}
	num := new(Int).Mul(&x.a, &Int{abs: y.denom()})
	den := new(Int).Mul(&Int{abs: x.denom()}, &y.a)
	return z.SetFrac(num, den)
}

// String returns a string representation of x in the form "a/b" (even if b == 1).
func (x *Rat) String() string {
	return x.a.String() + "/" + string(nat(nil).set(x.denom()).utoa(10))
}

// RatString returns a string representation of x in the form "a/b" if b != 1,
// and in the form "a" if b == 1.
func (x *Rat) RatString() string {
	if x.IsInt() {
		return x.a.String()
	}
	return x.String()
}

// FloatString returns a string representation of x in decimal form with prec
// digits of precision after the radix point. The last digit is rounded to
// nearest, with halves rounded away from zero.
func (x *Rat) FloatString(prec int) string {
	var buf []byte
	if x.IsInt() {
		buf = x.a.Append(buf, 10)
		if prec > 0 {
			buf = append(buf, '.')
			buf = append(buf, strings.Repeat("0", prec)...)
		}
		return string(buf)
	}
	den := x.denom()
	q, r := nat(nil).div(nil, x.a.abs, den)
	p := nat{1}
	if prec > 0 {
		p = nat(nil).expNN(nat{10}, nat(nil).setUint64(uint64(prec)), nil)
	}
	r = nat(nil).mul(r, p)
	r, r2 := nat(nil).div(nil, r, den)
	// round half away from zero: up when 2*r2 >= den
	r2 = nat(nil).add(r2, r2)
	if den.cmp(r2) <= 0 {
		r = nat(nil).add(r, nat{1})
		if r.cmp(p) >= 0 {
			q = nat(nil).add(q, nat{1})
			r = nat(nil).sub(r, p)
		}
	}
	if x.a.neg {
		buf = append(buf, '-')
	}
	buf = append(buf, q.utoa(10)...)
	if prec > 0 {
		buf = append(buf, '.')
		rs := r.utoa(10)
		if len(r) == 0 {
			rs = nil
		}
		buf = append(buf, strings.Repeat("0", prec-len(rs))...)
		buf = append(buf, rs...)
	}
	return string(buf)
}

// Float32 returns the nearest float32 value for x and a bool indicating
// whether f represents x exactly. If the magnitude of x is too large to be
// represented by a float32, f is an infinity and exact is false.
func (x *Rat) Float32() (f float32, exact bool) {
	f64, exact := quotToFloat(x.a.abs, x.denom(), 23, 127)
	f = float32(f64) // (exact: f64 has at most 24 significant bits, or is too big)
	if x.a.neg {
		f = -f
	}
	return f, exact
}

// Float64 returns the nearest float64 value for x and a bool indicating
// whether f represents x exactly. If the magnitude of x is too large to be
// represented by a float64, f is an infinity and exact is false.
func (x *Rat) Float64() (f float64, exact bool) {
	f, exact = quotToFloat(x.a.abs, x.denom(), 52, 1023)
	if x.a.neg {
		f = -f
	}
	return f, exact
}

// FloatPrec returns the number n of digits after the decimal point that do
// not repeat in x's decimal representation, and whether that representation
// is finite (exact): with x's denominator d = q·2^p2·5^p5 (q coprime to 10),
// n = max(p2, p5) and exact is q == 1.
func (x *Rat) FloatPrec() (n int, exact bool) {
	d := x.denom()
	p2 := d.trailingZeroBits()
	q := nat(nil).shr(d, p2)
	p5 := 0
	for {
		quo, rem := nat(nil).divW(q, 5)
		if rem != 0 {
			break
		}
		q = quo
		p5++
	}
	return max(int(p2), p5), len(q) == 1 && q[0] == 1
}

// quotToFloat is a/b (b > 0) rounded to nearest even in the binary format of
// mbits explicit mantissa bits and exponent bias ebias (float64's or
// float32's), as a float64, and whether it is exact: a quotient of mbits+2
// significant bits from one integer division, its last bit and the remainder
// deciding the rounding. A magnitude beyond the format's range is inexact,
// and too big for it: Ldexp (or the conversion to float32) makes it infinite.
func quotToFloat(a, b nat, mbits, ebias int) (f float64, exact bool) {
	emin := 1 - ebias
	if len(a) == 0 {
		return 0, true
	}
	exp := a.bitLen() - b.bitLen()
	a2, b2 := nat(nil).set(a), nat(nil).set(b)
	if shift := mbits + 2 - exp; shift > 0 {
		a2 = a2.shl(a2, uint(shift))
	} else if shift < 0 {
		b2 = b2.shl(b2, uint(-shift))
	}
	q, r := nat(nil).div(nil, a2, b2)
	mantissa := low64(q)
	haveRem := len(r) > 0
	// mbits+3 bits: one too many; the dropped one joins the remainder
	if mantissa>>uint(mbits+2) == 1 {
		if mantissa&1 == 1 {
			haveRem = true
		}
		mantissa >>= 1
		exp++
	}
	if emin-mbits <= exp && exp <= emin {
		// subnormal: fewer bits of precision
		shift := uint(emin - (exp - 1))
		if mantissa&(1<<shift-1) != 0 {
			haveRem = true
		}
		mantissa >>= shift
		exp = 2 - ebias
	}
	exact = !haveRem
	if mantissa&1 != 0 {
		exact = false
		if haveRem || mantissa&2 != 0 {
			if mantissa++; mantissa >= 1<<uint(mbits+2) {
				mantissa >>= 1
				exp++
			}
		}
	}
	mantissa >>= 1 // the rounding bit
	if exp > ebias+1 {
		exact = false
	}
	return math.Ldexp(float64(mantissa), exp-(mbits+1)), exact
}

// SetString sets z to the value of s and returns z and a boolean indicating
// success (nil and false on failure, z then undefined). s can be a fraction
// "a/b" (a signed integer with an optional base prefix, and an unsigned one),
// or a floating-point number as Float.Parse reads it in base 0, with an
// optional base prefix, a point, underscores between digits and an 'e' or
// 'p' exponent ("-1.25e3", "0x1.8p-2"); its value is exact.
func (z *Rat) SetString(s string) (*Rat, bool) {
	if s == "" {
		return nil, false
	}
	if sep := strings.Index(s, "/"); sep >= 0 {
		if _, ok := z.a.SetString(s[:sep], 0); !ok {
			return nil, false
		}
		r := strings.NewReader(s[sep+1:])
		var err error
		// as Go's, the denominator is stored before the end is checked
		z.b.abs, _, _, err = (&scanner{r: r}).mantissa(0, false)
		if err != nil || r.Len() > 0 || len(z.b.abs) == 0 {
			return nil, false
		}
		return z.norm(), true
	}
	r := strings.NewReader(s)
	sc := &scanner{r: r}
	neg, err := sc.sign()
	if err != nil {
		return nil, false
	}
	// as Go's, z is written as far as the reading went (undefined after a
	// failure, but what a program may print)
	var base, fcount int
	if z.a.abs, base, fcount, err = sc.mantissa(0, true); err != nil {
		return nil, false
	}
	exp, ebase, err := sc.exponent(true)
	if err != nil || r.Len() > 0 {
		return nil, false
	}
	if len(z.a.abs) == 0 {
		return z.norm(), true
	}
	exp2, exp5 := powers(base, fcount, exp, ebase)
	// Go refuses exponents that would make huge numbers
	if exp5 < -1e6 || exp5 > 1e6 {
		return nil, false
	}
	z.b.abs = z.b.abs.setWord(1)
	if exp5 != 0 {
		pow5 := nat(nil).expNN(nat{5}, nat(nil).setUint64(uint64(max(exp5, -exp5))), nil)
		if exp5 > 0 {
			z.a.abs = nat(nil).mul(z.a.abs, pow5)
		} else {
			z.b.abs = pow5
		}
	}
	if exp2 < -1e7 || exp2 > 1e7 {
		return nil, false
	}
	if exp2 > 0 {
		z.a.abs = nat(nil).shl(z.a.abs, uint(exp2))
	} else if exp2 < 0 {
		z.b.abs = nat(nil).shl(z.b.abs, uint(-exp2))
	}
	z.a.neg = neg
	z.b.neg = false
	return z.norm(), true
}

// Scan is a support routine for fmt.Scanner. It accepts the formats 'e',
// 'E', 'f', 'F', 'g', 'G', and 'v', reading a token of signs, digits, '/',
// '.', 'e' and 'E' that SetString must accept whole.
func (z *Rat) Scan(s fmt.ScanState, ch rune) error {
	tok, err := s.Token(true, func(r rune) bool { return strings.ContainsRune("+-/0123456789.eE", r) })
	if err != nil {
		return err
	}
	if !strings.ContainsRune("efgEFGv", ch) {
		return errors.New("Rat.Scan: invalid verb")
	}
	if _, ok := z.SetString(string(tok)); !ok {
		return errors.New("Rat.Scan: invalid syntax")
	}
	return nil
}

// AppendText implements encoding.TextAppender: x as RatString writes it.
func (x *Rat) AppendText(b []byte) ([]byte, error) { return append(b, x.RatString()...), nil }

// MarshalText implements encoding.TextMarshaler: x as RatString writes it.
func (x *Rat) MarshalText() (text []byte, err error) { return x.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler: text as SetString
// reads it.
func (z *Rat) UnmarshalText(text []byte) error {
	if _, ok := z.SetString(string(text)); !ok {
		return fmt.Errorf("math/big: cannot unmarshal %q into a *big.Rat", text)
	}
	return nil
}
