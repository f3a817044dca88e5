// Package big implements arbitrary-precision integers (Int), fractions
// (Rat) and binary floating-point numbers (Float) as Go's does: the same
// results, texts and panics. Written for minigo: magnitudes are slices of
// 64-bit words, least significant first, multiplied by the schoolbook method
// and divided by Knuth's algorithm D (Go's package adds Karatsuba and
// recursive division for very large numbers; the answers are the same).
package big

import "math/bits"

// A Word represents a single digit of a multi-precision unsigned integer.
type Word uint

const (
	_W = bits.UintSize // word size in bits
	_B = 1 << _W       // digit base
	_M = _B - 1        // digit mask
)

// A nat is a magnitude: words least significant first, normalized (no
// leading zero words; zero is the empty nat).
type nat []Word

func (z nat) norm() nat {
	i := len(z)
	for i > 0 && z[i-1] == 0 {
		i--
	}
	return z[:i]
}

// make returns a nat of length n, reusing z's storage when it is big enough.
func (z nat) make(n int) nat {
	if n <= cap(z) {
		return z[:n]
	}
	return make(nat, n, n+4)
}

func (z nat) setWord(x Word) nat {
	if x == 0 {
		return z[:0]
	}
	z = z.make(1)
	z[0] = x
	return z
}

func (z nat) setUint64(x uint64) nat { return z.setWord(Word(x)) }

func (z nat) set(x nat) nat {
	z = z.make(len(x))
	copy(z, x)
	return z
}

func (x nat) cmp(y nat) int {
	if len(x) != len(y) {
		if len(x) < len(y) {
			return -1
		}
		return 1
	}
	for i := len(x) - 1; i >= 0; i-- {
		if x[i] != y[i] {
			if x[i] < y[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

func (z nat) add(x, y nat) nat {
	if len(x) < len(y) {
		x, y = y, x
	}
	z = z.make(len(x) + 1)
	var c uint
	for i := range x {
		var yi uint
		if i < len(y) {
			yi = uint(y[i])
		}
		var s uint
		s, c = bits.Add(uint(x[i]), yi, c)
		z[i] = Word(s)
	}
	z[len(x)] = Word(c)
	return z.norm()
}

// sub is x - y for x >= y.
func (z nat) sub(x, y nat) nat {
	z = z.make(len(x))
	var b uint
	for i := range x {
		var yi uint
		if i < len(y) {
			yi = uint(y[i])
		}
		var d uint
		d, b = bits.Sub(uint(x[i]), yi, b)
		z[i] = Word(d)
	}
	if b != 0 {
		panic("big: underflow")
	}
	return z.norm()
}

// mulAddWW is x*y + r.
func (z nat) mulAddWW(x nat, y, r Word) nat {
	if len(x) == 0 || y == 0 {
		return z.setWord(r)
	}
	z = z.make(len(x) + 1)
	c := uint(r)
	for i := range x {
		hi, lo := bits.Mul(uint(x[i]), uint(y))
		var cc uint
		lo, cc = bits.Add(lo, c, 0)
		z[i] = Word(lo)
		c = hi + cc
	}
	z[len(x)] = Word(c)
	return z.norm()
}

func (z nat) mul(x, y nat) nat {
	if len(x) == 0 || len(y) == 0 {
		return z[:0]
	}
	// z must not alias x or y: the product is built in place
	r := make(nat, len(x)+len(y))
	for j, yj := range y {
		if yj == 0 {
			continue
		}
		var c uint
		for i, xi := range x {
			hi, lo := bits.Mul(uint(xi), uint(yj))
			var cc uint
			lo, cc = bits.Add(lo, uint(r[i+j]), 0)
			hi += cc
			lo, cc = bits.Add(lo, c, 0)
			hi += cc
			r[i+j] = Word(lo)
			c = hi
		}
		r[j+len(x)] = Word(c)
	}
	return z.set(r.norm())
}

// divW is x / y and x % y for a single word y != 0.
func (z nat) divW(x nat, y Word) (q nat, r Word) {
	if y == 0 {
		panic("division by zero")
	}
	q = z.make(len(x))
	var rem uint
	for i := len(x) - 1; i >= 0; i-- {
		var qi uint
		qi, rem = bits.Div(rem, uint(x[i]), uint(y))
		q[i] = Word(qi)
	}
	return q.norm(), Word(rem)
}

// div is u / v and u % v (v != 0), by Knuth's algorithm D (TAOCP 4.3.1).
func (z nat) div(z2, u, v nat) (q, r nat) {
	if len(v) == 0 {
		panic("division by zero")
	}
	if u.cmp(v) < 0 {
		return z[:0], z2.set(u)
	}
	if len(v) == 1 {
		var rw Word
		q, rw = z.divW(u, v[0])
		return q, z2.setWord(rw)
	}
	// normalize: shift so that v's top word has its high bit set
	s := uint(bits.LeadingZeros(uint(v[len(v)-1])))
	vn := nat(nil).shl(v, s)
	un := nat(nil).shl(u, s)
	if len(un) == len(u) {
		un = append(un, 0)
	}
	n, m := len(vn), len(un)-len(vn)
	q = make(nat, m)
	vtop, vnext := uint(vn[n-1]), uint(vn[n-2])
	for j := m - 1; j >= 0; j-- {
		// estimate q̂ from the top two words of the remainder
		ujn := uint(un[j+n])
		var qhat, rhat uint
		if ujn >= vtop {
			qhat = _M
		} else {
			qhat, rhat = bits.Div(ujn, uint(un[j+n-1]), vtop)
			for {
				hi, lo := bits.Mul(qhat, vnext)
				if hi < rhat || hi == rhat && lo <= uint(un[j+n-2]) {
					break
				}
				qhat--
				prev := rhat
				rhat += vtop
				if rhat < prev { // overflowed: q̂·v_{n-2} cannot exceed it now
					break
				}
			}
		}
		// un[j:j+n+1] -= qhat * vn
		var borrow, carry uint
		for i := 0; i < n; i++ {
			hi, lo := bits.Mul(qhat, uint(vn[i]))
			var c uint
			lo, c = bits.Add(lo, carry, 0)
			carry = hi + c
			var d uint
			d, borrow = bits.Sub(uint(un[j+i]), lo, borrow)
			un[j+i] = Word(d)
		}
		var d, b uint
		d, b = bits.Sub(uint(un[j+n]), carry, borrow)
		un[j+n] = Word(d)
		if b != 0 {
			// q̂ was one too large: add v back
			qhat--
			var c uint
			for i := 0; i < n; i++ {
				var sum uint
				sum, c = bits.Add(uint(un[j+i]), uint(vn[i]), c)
				un[j+i] = Word(sum)
			}
			un[j+n] += Word(c)
		}
		q[j] = Word(qhat)
	}
	r = nat(nil).shr(un[:n].norm(), s)
	return z.set(q.norm()), z2.set(r)
}

// shl is x << s.
func (z nat) shl(x nat, s uint) nat {
	if len(x) == 0 {
		return z[:0]
	}
	words, sh := int(s/_W), s%_W
	r := make(nat, len(x)+words+1)
	for i := len(x) - 1; i >= 0; i-- {
		if sh == 0 {
			r[i+words] = x[i]
			continue
		}
		r[i+words+1] |= x[i] >> (_W - sh)
		r[i+words] = x[i] << sh
	}
	return z.set(r.norm())
}

// shr is x >> s.
func (z nat) shr(x nat, s uint) nat {
	words, sh := int(s/_W), s%_W
	if words >= len(x) {
		return z[:0]
	}
	r := make(nat, len(x)-words)
	for i := range r {
		r[i] = x[i+words] >> sh
		if sh != 0 && i+words+1 < len(x) {
			r[i] |= x[i+words+1] << (_W - sh)
		}
	}
	return z.set(r.norm())
}

func (x nat) bitLen() int {
	if i := len(x) - 1; i >= 0 {
		return i*_W + bits.Len(uint(x[i]))
	}
	return 0
}

func (x nat) trailingZeroBits() uint {
	for i, w := range x {
		if w != 0 {
			return uint(i)*_W + uint(bits.TrailingZeros(uint(w)))
		}
	}
	return 0
}

func (x nat) bit(i uint) uint {
	j := i / _W
	if j >= uint(len(x)) {
		return 0
	}
	return uint(x[j] >> (i % _W) & 1)
}

// expNN is x**y mod m (no modulus when m is empty).
func (z nat) expNN(x, y, m nat) nat {
	result := nat{1}
	if len(m) == 1 && m[0] == 1 {
		return z[:0]
	}
	base := nat(nil).set(x)
	if len(m) > 0 {
		_, base = nat(nil).div(nil, base, m)
	}
	for i := y.bitLen() - 1; i >= 0; i-- {
		result = nat(nil).mul(result, result)
		if len(m) > 0 {
			_, result = nat(nil).div(nil, result, m)
		}
		if y.bit(uint(i)) == 1 {
			result = nat(nil).mul(result, base)
			if len(m) > 0 {
				_, result = nat(nil).div(nil, result, m)
			}
		}
	}
	return z.set(result.norm())
}

// and, andNot, or and xor are the bitwise operations on magnitudes; z may
// share storage with neither operand.
func (z nat) and(x, y nat) nat {
	n := min(len(x), len(y))
	z = z.make(n)
	for i := range n {
		z[i] = x[i] & y[i]
	}
	return z.norm()
}

func (z nat) andNot(x, y nat) nat {
	z = z.make(len(x))
	for i := range x {
		z[i] = x[i]
		if i < len(y) {
			z[i] &^= y[i]
		}
	}
	return z.norm()
}

func (z nat) or(x, y nat) nat { return z.either(x, y, false) }

func (z nat) xor(x, y nat) nat { return z.either(x, y, true) }

// either is or (xor false) and xor: the longer operand's words, the
// shorter's combined into them.
func (z nat) either(x, y nat, xor bool) nat {
	if len(x) < len(y) {
		x, y = y, x
	}
	z = z.make(len(x))
	copy(z, x)
	for i, w := range y {
		if xor {
			z[i] ^= w
		} else {
			z[i] |= w
		}
	}
	return z.norm()
}
