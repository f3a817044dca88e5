package big

import (
	"internal/itoa"
	"math"
	"math/rand"
)

// An Int represents a signed multi-precision integer. The zero value for an
// Int represents the value 0.
type Int struct {
	neg bool // sign
	abs nat  // absolute value of the integer
}

// NewInt allocates and returns a new Int set to x.
func NewInt(x int64) *Int { return new(Int).SetInt64(x) }

// Sign returns -1 if x < 0, 0 if x == 0, +1 if x > 0.
func (x *Int) Sign() int {
	if len(x.abs) == 0 {
		return 0
	}
	if x.neg {
		return -1
	}
	return 1
}

// SetInt64 sets z to x and returns z.
func (z *Int) SetInt64(x int64) *Int {
	neg := x < 0
	u := uint64(x)
	if neg {
		u = -u
	}
	z.abs = z.abs.setUint64(u)
	z.neg = neg
	return z
}

// SetUint64 sets z to x and returns z.
func (z *Int) SetUint64(x uint64) *Int {
	z.abs = z.abs.setUint64(x)
	z.neg = false
	return z
}

// Set sets z to x and returns z.
func (z *Int) Set(x *Int) *Int {
	if z != x {
		z.abs = z.abs.set(x.abs)
		z.neg = x.neg
	}
	return z
}

// Int64 returns the int64 representation of x (undefined, as in Go, when it
// does not fit: the low 64 bits).
func (x *Int) Int64() int64 {
	v := int64(low64(x.abs))
	if x.neg {
		v = -v
	}
	return v
}

// Uint64 returns the uint64 representation of x (the low 64 bits).
func (x *Int) Uint64() uint64 { return low64(x.abs) }

func low64(x nat) uint64 {
	if len(x) == 0 {
		return 0
	}
	return uint64(x[0])
}

// IsInt64 reports whether x can be represented as an int64.
func (x *Int) IsInt64() bool {
	if len(x.abs) <= 1 {
		w := int64(low64(x.abs))
		return w >= 0 || x.neg && w == -w
	}
	return false
}

// IsUint64 reports whether x can be represented as a uint64.
func (x *Int) IsUint64() bool { return !x.neg && len(x.abs) <= 1 }

// Cmp compares x and y: -1 if x < y, 0 if x == y, +1 if x > y.
func (x *Int) Cmp(y *Int) int {
	switch {
	case x == y:
		return 0
	case x.neg == y.neg:
		r := x.abs.cmp(y.abs)
		if x.neg {
			r = -r
		}
		return r
	case x.neg:
		return -1
	}
	return 1
}

// CmpAbs compares the absolute values of x and y.
func (x *Int) CmpAbs(y *Int) int { return x.abs.cmp(y.abs) }

// Abs sets z to |x| and returns z.
func (z *Int) Abs(x *Int) *Int {
	z.Set(x)
	z.neg = false
	return z
}

// Neg sets z to -x and returns z.
func (z *Int) Neg(x *Int) *Int {
	z.Set(x)
	z.neg = len(z.abs) > 0 && !z.neg
	return z
}

// Add sets z to the sum x+y and returns z.
func (z *Int) Add(x, y *Int) *Int {
	neg := x.neg
	if x.neg == y.neg {
		z.abs = z.abs.add(x.abs, y.abs)
	} else if x.abs.cmp(y.abs) >= 0 {
		z.abs = z.abs.sub(x.abs, y.abs)
	} else {
		neg = !neg
		z.abs = z.abs.sub(y.abs, x.abs)
	}
	z.neg = len(z.abs) > 0 && neg
	return z
}

// Sub sets z to the difference x-y and returns z.
func (z *Int) Sub(x, y *Int) *Int {
	neg := x.neg
	if x.neg != y.neg {
		z.abs = z.abs.add(x.abs, y.abs)
	} else if x.abs.cmp(y.abs) >= 0 {
		z.abs = z.abs.sub(x.abs, y.abs)
	} else {
		neg = !neg
		z.abs = z.abs.sub(y.abs, x.abs)
	}
	z.neg = len(z.abs) > 0 && neg
	return z
}

// Mul sets z to the product x*y and returns z.
func (z *Int) Mul(x, y *Int) *Int {
	z.abs = z.abs.mul(x.abs, y.abs)
	z.neg = len(z.abs) > 0 && x.neg != y.neg
	return z
}

// Quo sets z to the quotient x/y for y != 0 and returns z, truncated toward
// zero (Go's /). A zero y panics with "division by zero".
func (z *Int) Quo(x, y *Int) *Int {
	z.QuoRem(x, y, new(Int))
	return z
}

// Rem sets z to the remainder x%y for y != 0 and returns z (the sign of x,
// Go's %).
func (z *Int) Rem(x, y *Int) *Int {
	new(Int).QuoRem(x, y, z)
	return z
}

// QuoRem sets z to x/y and r to x%y (truncated, as Go's / and %) and
// returns (z, r).
func (z *Int) QuoRem(x, y, r *Int) (*Int, *Int) {
	xneg, yneg := x.neg, y.neg
	q, rem := nat(nil).div(nil, x.abs, y.abs)
	z.abs, r.abs = q, rem
	z.neg = len(z.abs) > 0 && xneg != yneg
	r.neg = len(r.abs) > 0 && xneg
	return z, r
}

// Div sets z to the quotient x/y for y != 0 and returns z: Euclidean
// division (the remainder Mod gives is never negative).
func (z *Int) Div(x, y *Int) *Int {
	z.DivMod(x, y, new(Int))
	return z
}

// Mod sets z to the modulus x%y for y != 0 and returns z: Euclidean modulus
// (0 <= z < |y|).
func (z *Int) Mod(x, y *Int) *Int {
	new(Int).DivMod(x, y, z)
	return z
}

// DivMod sets z to the quotient x div y and m to the modulus x mod y and
// returns (z, m), by Euclidean division.
func (z *Int) DivMod(x, y, m *Int) (*Int, *Int) {
	y0 := new(Int).Set(y) // z or m may be y
	z.QuoRem(x, y, m)
	if m.neg {
		if y0.neg {
			z.Add(z, intOne)
			m.Sub(m, y0)
		} else {
			z.Sub(z, intOne)
			m.Add(m, y0)
		}
	}
	return z, m
}

var intOne = NewInt(1)

// Rounding modes that decide how Divide rounds an integer quotient (Daan
// Leijen's T-, F-, R- and C-division).
const (
	Trunc = ToZero        // toward zero, as Go's / and %
	Floor = ToNegativeInf // toward negative infinity
	Round = ToNearestEven // to the nearest integer, ties to even
	Ceil  = ToPositiveInf // toward positive infinity
)

// Divide computes the quotient q = f(x/y), f rounding as mode says (Trunc,
// Floor, Round or Ceil; another mode panics where it would matter), and the
// remainder r = x - y*q. It sets z to q if z != nil and r to the remainder
// if r != nil, and returns (z, r). y == 0 panics, dividing by zero.
func (z *Int) Divide(x, y, r *Int, mode RoundingMode) (*Int, *Int) {
	q, m := new(Int).QuoRem(x, y, new(Int))
	if len(m.abs) > 0 {
		// q is truncated; the other modes may step it one away from zero
		// (toward the sign of x/y), and the remainder by y the other way
		away := false
		switch mode {
		case Trunc:
		case Floor:
			away = x.neg != y.neg
		case Ceil:
			away = x.neg == y.neg
		case Round:
			c := nat(nil).shl(m.abs, 1).cmp(y.abs)
			away = c > 0 || c == 0 && len(q.abs) > 0 && q.abs[0]&1 == 1
		default:
			panic("unsupported rounding mode")
		}
		if away && x.neg != y.neg {
			q.Sub(q, intOne)
			m.Add(m, y)
		} else if away {
			q.Add(q, intOne)
			m.Sub(m, y)
		}
	}
	if z != nil {
		z.Set(q)
	}
	if r != nil {
		r.Set(m)
	}
	return z, r
}

// Exp sets z = x**y mod |m| (m nil or 0: z = x**y) and returns z. For y <= 0
// the result is 1, except with a modulus and y < 0: the inverse of x**-y
// modulo m (nil when there is none).
func (z *Int) Exp(x, y, m *Int) *Int {
	var mabs nat
	if m != nil {
		mabs = m.abs
	}
	xx, yy := new(Int).Set(x), y
	if y.neg {
		if m == nil || len(mabs) == 0 {
			return z.SetInt64(1)
		}
		inv := new(Int).ModInverse(x, m)
		if inv == nil {
			return nil
		}
		xx = inv
		yy = new(Int).Neg(y)
	}
	neg := xx.neg && yy.abs.bit(0) == 1
	z.abs = z.abs.expNN(xx.abs, yy.abs, mabs)
	z.neg = len(z.abs) > 0 && neg
	if z.neg && len(mabs) > 0 {
		// a modulus gives a non-negative result
		z.abs = z.abs.sub(mabs, z.abs)
		z.neg = false
	}
	return z
}

// GCD sets z to the greatest common divisor of a and b and returns z; x and
// y (either may be nil) are set so that z = a*x + b*y. With a or b zero, as
// in Go, the GCD is the other's absolute value.
func (z *Int) GCD(x, y, a, b *Int) *Int {
	if len(a.abs) == 0 || len(b.abs) == 0 {
		la, lb, nega, negb := len(a.abs), len(b.abs), a.neg, b.neg
		if la == 0 {
			z.Set(b)
		} else {
			z.Set(a)
		}
		z.neg = false
		if x != nil {
			if la == 0 {
				x.SetUint64(0)
			} else {
				x.SetUint64(1)
				x.neg = nega
			}
		}
		if y != nil {
			if lb == 0 {
				y.SetUint64(0)
			} else {
				y.SetUint64(1)
				y.neg = negb
			}
		}
		return z
	}
	// the extended Euclidean algorithm on |a|, |b|
	A, B := new(Int).Abs(a), new(Int).Abs(b)
	ua, ub := NewInt(1), NewInt(0)
	q, r := new(Int), new(Int)
	for len(B.abs) > 0 {
		q.QuoRem(A, B, r)
		A, B = B, new(Int).Set(r)
		ua, ub = ub, new(Int).Sub(ua, new(Int).Mul(q, ub))
	}
	if x != nil {
		x.Set(ua)
		if a.neg {
			x.neg = !x.neg // as Go's: a zero x becomes "-0"
		}
	}
	if y != nil {
		// y = (z - a*x) / b
		ax := new(Int).Mul(a, ua)
		if a.neg {
			ax.Neg(ax)
		}
		y.Quo(new(Int).Sub(A, ax), b)
	}
	return z.Set(A)
}

// ModInverse sets z to the multiplicative inverse of g in the ring ℤ/nℤ and
// returns z; nil (z unchanged) when g and n are not relatively prime.
func (z *Int) ModInverse(g, n *Int) *Int {
	nn := new(Int).Abs(n)
	gg := new(Int).Set(g)
	if g.neg {
		gg.Mod(g, nn)
	}
	d, x := new(Int), new(Int)
	d.GCD(x, nil, gg, nn)
	if d.Cmp(intOne) != 0 {
		return nil
	}
	if x.neg {
		z.Add(x, nn)
	} else {
		z.Set(x)
	}
	return z
}

// Lsh sets z = x << n and returns z.
func (z *Int) Lsh(x *Int, n uint) *Int {
	z.abs = z.abs.shl(x.abs, n)
	z.neg = x.neg && len(z.abs) > 0
	return z
}

// Rsh sets z = x >> n and returns z (an arithmetic shift: rounding toward
// negative infinity for a negative x).
func (z *Int) Rsh(x *Int, n uint) *Int {
	if x.neg {
		// -x >> n = -((x-1) >> n) - 1
		t := nat(nil).sub(x.abs, nat{1})
		t = t.shr(t, n)
		z.abs = t.add(t, nat{1})
		z.neg = true
		return z
	}
	z.abs = z.abs.shr(x.abs, n)
	z.neg = false
	return z
}

// BitLen returns the length of the absolute value of x in bits.
func (x *Int) BitLen() int { return x.abs.bitLen() }

// TrailingZeroBits returns the number of consecutive least significant zero
// bits of |x|.
func (x *Int) TrailingZeroBits() uint { return x.abs.trailingZeroBits() }

// Bit returns the value of the i'th bit of x (of its two's complement
// representation when x is negative).
func (x *Int) Bit(i int) uint {
	if i < 0 {
		panic("negative bit index")
	}
	if x.neg {
		t := nat(nil).sub(x.abs, nat{1})
		return t.bit(uint(i)) ^ 1
	}
	return x.abs.bit(uint(i))
}

// The bitwise operations below act on two's complement representations of
// unbounded width, as Go's: a negative x is the bits of ^(|x|-1), infinitely
// many ones to the left, so each case is rewritten on magnitudes with
// ^a = -(a+1) — for example x & y of two negatives is -(((|x|-1) | (|y|-1)) + 1).

// minusOne is |x| - 1 for a nonzero magnitude x, in fresh storage.
func minusOne(x nat) nat { return nat(nil).sub(x, nat{1}) }

// setNegated sets z = -(m + 1) and returns z.
func (z *Int) setNegated(m nat) *Int {
	z.abs = m.add(m, nat{1})
	z.neg = true
	return z
}

// setMagnitude sets z = m, a magnitude in storage of its own, and returns z.
func (z *Int) setMagnitude(m nat) *Int {
	z.abs = m
	z.neg = false
	return z
}

// And sets z = x & y and returns z.
func (z *Int) And(x, y *Int) *Int {
	switch {
	case x.neg && y.neg:
		return z.setNegated(nat(nil).or(minusOne(x.abs), minusOne(y.abs)))
	case !x.neg && !y.neg:
		return z.setMagnitude(nat(nil).and(x.abs, y.abs))
	case x.neg:
		x, y = y, x
	}
	// x >= 0 > y: x & ^(|y|-1)
	return z.setMagnitude(nat(nil).andNot(x.abs, minusOne(y.abs)))
}

// AndNot sets z = x &^ y and returns z.
func (z *Int) AndNot(x, y *Int) *Int {
	switch {
	case x.neg && y.neg:
		// ^(|x|-1) & (|y|-1)
		return z.setMagnitude(nat(nil).andNot(minusOne(y.abs), minusOne(x.abs)))
	case !x.neg && !y.neg:
		return z.setMagnitude(nat(nil).andNot(x.abs, y.abs))
	case x.neg:
		// ^(|x|-1) &^ y = ^((|x|-1) | y)
		return z.setNegated(nat(nil).or(minusOne(x.abs), y.abs))
	}
	// x & ^^(|y|-1) = x & (|y|-1)
	return z.setMagnitude(nat(nil).and(x.abs, minusOne(y.abs)))
}

// Or sets z = x | y and returns z.
func (z *Int) Or(x, y *Int) *Int {
	switch {
	case x.neg && y.neg:
		return z.setNegated(nat(nil).and(minusOne(x.abs), minusOne(y.abs)))
	case !x.neg && !y.neg:
		return z.setMagnitude(nat(nil).or(x.abs, y.abs))
	case x.neg:
		x, y = y, x
	}
	// x | ^(|y|-1) = ^((|y|-1) &^ x)
	return z.setNegated(nat(nil).andNot(minusOne(y.abs), x.abs))
}

// Xor sets z = x ^ y and returns z.
func (z *Int) Xor(x, y *Int) *Int {
	switch {
	case x.neg && y.neg:
		return z.setMagnitude(nat(nil).xor(minusOne(x.abs), minusOne(y.abs)))
	case !x.neg && !y.neg:
		return z.setMagnitude(nat(nil).xor(x.abs, y.abs))
	case x.neg:
		x, y = y, x
	}
	// x ^ ^(|y|-1) = ^(x ^ (|y|-1))
	return z.setNegated(nat(nil).xor(x.abs, minusOne(y.abs)))
}

// Not sets z = ^x and returns z.
func (z *Int) Not(x *Int) *Int {
	if x.neg {
		return z.setMagnitude(minusOne(x.abs))
	}
	return z.setNegated(nat(nil).set(x.abs))
}

// SetBit sets z to x with x's i'th bit set to b (0 or 1) and returns z;
// it panics if b is neither, and, as Go's, if i is negative.
func (z *Int) SetBit(x *Int, i int, b uint) *Int {
	if i < 0 {
		panic("negative bit index")
	}
	if b > 1 {
		panic("set bit is not 0 or 1")
	}
	bit := new(Int).Lsh(NewInt(1), uint(i))
	if b == 1 {
		return z.Or(x, bit)
	}
	return z.AndNot(x, bit)
}

// Sqrt sets z to ⌊√x⌋ and returns z; it panics if x is negative.
func (z *Int) Sqrt(x *Int) *Int {
	if x.neg {
		panic("square root of negative number")
	}
	if len(x.abs) == 0 {
		return z.SetInt64(0)
	}
	// Newton's method from above: r = 2^⌈bitlen/2⌉ >= √x
	r := new(Int).Lsh(intOne, uint(x.abs.bitLen()+1)/2)
	for {
		// next = (r + x/r) / 2
		next := new(Int).Quo(x, r)
		next.Add(next, r)
		next.Rsh(next, 1)
		if next.Cmp(r) >= 0 {
			return z.Set(r)
		}
		r = next
	}
}

// MulRange sets z to the product of all integers in [a, b] and returns z (1
// for an empty range).
func (z *Int) MulRange(a, b int64) *Int {
	switch {
	case a > b:
		return z.SetInt64(1)
	case a <= 0 && b >= 0:
		return z.SetInt64(0)
	}
	neg := false
	if a < 0 {
		neg = (b-a)&1 == 0
		a, b = -b, -a
	}
	p := NewInt(1)
	for i := a; i <= b; i++ {
		p.Mul(p, NewInt(i))
	}
	z.Set(p)
	z.neg = neg && len(z.abs) > 0
	return z
}

// Binomial sets z to the binomial coefficient C(n, k) and returns z.
func (z *Int) Binomial(n, k int64) *Int {
	if k > n {
		return z.SetInt64(0)
	}
	if k > n-k {
		k = n - k
	}
	var a, b Int
	a.MulRange(n-k+1, n)
	b.MulRange(1, k)
	return z.Quo(&a, &b)
}

// SetBytes interprets buf as a big-endian unsigned integer, sets z to it and
// returns z.
func (z *Int) SetBytes(buf []byte) *Int {
	var a nat
	for _, c := range buf {
		a = a.mulAddWW(a, 256, Word(c))
	}
	z.abs = z.abs.set(a)
	z.neg = false
	return z
}

// Bytes returns the absolute value of x as a big-endian byte slice.
func (x *Int) Bytes() []byte {
	buf := make([]byte, (x.abs.bitLen()+7)/8)
	return x.FillBytes(buf)
}

// FillBytes sets buf to the absolute value of x as a zero-extended
// big-endian byte slice, and returns buf; it panics if |x| does not fit.
func (x *Int) FillBytes(buf []byte) []byte {
	clear(buf)
	i := len(buf)
	for _, w := range x.abs {
		for k := 0; k < _W/8; k++ {
			if i == 0 {
				if w != 0 {
					panic("math/big: buffer too small to fit value")
				}
				break
			}
			i--
			buf[i] = byte(w)
			w >>= 8
		}
	}
	return buf
}

// Accuracy describes the rounding error produced by the most recent
// operation that generated a value, relative to the exact value.
type Accuracy int8

// Constants describing the Accuracy of a conversion.
const (
	Below Accuracy = -1
	Exact Accuracy = 0
	Above Accuracy = +1
)

func (a Accuracy) String() string {
	switch a {
	case Below:
		return "Below"
	case Exact:
		return "Exact"
	case Above:
		return "Above"
	}
	return "Accuracy(" + itoa.Itoa(int(a)) + ")"
}

// Float64 returns the float64 value nearest x (to even on a tie), and an
// indication of any rounding that occurred: Above when the result is
// greater than x, Below when it is smaller.
func (x *Int) Float64() (float64, Accuracy) {
	f, exact := quotToFloat(x.abs, nat{1}, 52, 1023)
	if x.neg {
		f = -f
	}
	if exact {
		return f, Exact
	}
	// inexact: |x| > 2^53, so f is an integer (or an infinity, beyond x)
	bigger := true
	if !math.IsInf(f, 0) {
		b := math.Float64bits(math.Abs(f))
		mant := new(Int).SetUint64(b&(1<<52-1) | 1<<52)
		bigger = mant.Lsh(mant, uint(b>>52&0x7ff)-1075).abs.cmp(x.abs) > 0
	}
	if bigger != x.neg {
		return f, Above
	}
	return f, Below
}

// Bits provides raw (unchecked but fast) access to x by returning its
// absolute value as a little-endian Word slice. The result and x share the
// same underlying array.
func (x *Int) Bits() []Word { return x.abs }

// SetBits provides raw (unchecked but fast) access to z by setting its value
// to abs, interpreted as a little-endian Word slice, and returning z. The
// result and abs share the same underlying array.
func (z *Int) SetBits(abs []Word) *Int {
	z.abs = nat(abs).norm()
	z.neg = false
	return z
}

// Rand sets z to a pseudo-random number in [0, n) and returns z; 0 if n <=
// 0. It draws as Go's does, so a seeded generator gives Go's numbers: words
// of two Uint32s, low first, the top one masked to n's bit length, until
// one below n.
func (z *Int) Rand(rnd *rand.Rand, n *Int) *Int {
	z.neg = false
	if n.neg || len(n.abs) == 0 {
		z.abs = nil
		return z
	}
	limit := n.abs
	top := uint(limit.bitLen() % _W)
	if top == 0 {
		top = _W
	}
	mask := Word(1)<<top - 1
	r := nat(nil).make(len(limit))
	for {
		for i := range r {
			r[i] = Word(rnd.Uint32()) | Word(rnd.Uint32())<<32
		}
		r[len(limit)-1] &= mask
		if r.cmp(limit) < 0 {
			break
		}
	}
	z.abs = r.norm()
	return z
}
