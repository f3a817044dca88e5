// Package bits counts, rotates and reverses the bits of unsigned integers, and
// does full-width arithmetic with carries, as Go's math/bits.
//
// Written for clarity over the table lookups Go uses: counts shift and mask,
// reversals swap halves of ever smaller width; the compiler's own constant
// folding and inlining do the rest.
package bits

// UintSize is the size of a uint in bits.
const UintSize = 32 << (^uint(0) >> 63) // 32 or 64

// --- leading and trailing zeros, lengths ---

// Len64 returns the minimum number of bits required to represent x; the result
// is 0 for x == 0.
func Len64(x uint64) (n int) {
	for s := 32; s > 0; s >>= 1 {
		if x >= 1<<uint(s) {
			x >>= uint(s)
			n += s
		}
	}
	if x != 0 {
		n++
	}
	return n
}

func Len(x uint) int              { return Len64(uint64(x)) }
func Len8(x uint8) int            { return Len64(uint64(x)) }
func Len16(x uint16) int          { return Len64(uint64(x)) }
func Len32(x uint32) int          { return Len64(uint64(x)) }
func LeadingZeros(x uint) int     { return UintSize - Len(x) }
func LeadingZeros8(x uint8) int   { return 8 - Len8(x) }
func LeadingZeros16(x uint16) int { return 16 - Len16(x) }
func LeadingZeros32(x uint32) int { return 32 - Len32(x) }
func LeadingZeros64(x uint64) int { return 64 - Len64(x) }

// TrailingZeros64 returns the number of trailing zero bits in x; the result is
// 64 for x == 0.
func TrailingZeros64(x uint64) int {
	if x == 0 {
		return 64
	}
	// the lowest set bit alone, whose length less one is the count
	return Len64(x&-x) - 1
}

// tz is TrailingZeros64 for a value of `width` bits: width when x == 0.
func tz(x uint64, width int) int {
	if x == 0 {
		return width
	}
	return TrailingZeros64(x)
}

func TrailingZeros(x uint) int     { return tz(uint64(x), UintSize) }
func TrailingZeros8(x uint8) int   { return tz(uint64(x), 8) }
func TrailingZeros16(x uint16) int { return tz(uint64(x), 16) }
func TrailingZeros32(x uint32) int { return tz(uint64(x), 32) }

// --- population count ---

// OnesCount64 returns the number of one bits ("population count") in x: sums
// of adjacent bit fields of doubling width.
func OnesCount64(x uint64) int {
	x = x - (x>>1)&0x5555555555555555
	x = x&0x3333333333333333 + (x>>2)&0x3333333333333333
	x = (x + x>>4) & 0x0f0f0f0f0f0f0f0f
	return int((x * 0x0101010101010101) >> 56)
}

func OnesCount(x uint) int     { return OnesCount64(uint64(x)) }
func OnesCount8(x uint8) int   { return OnesCount64(uint64(x)) }
func OnesCount16(x uint16) int { return OnesCount64(uint64(x)) }
func OnesCount32(x uint32) int { return OnesCount64(uint64(x)) }

// --- rotation: by k mod the width, left for k > 0 and right for k < 0 ---

// rotate rotates the low `width` bits of x left by k mod width.
func rotate(x uint64, k int, width uint) uint64 {
	s := uint(k) & (width - 1)
	mask := uint64(1)<<(width-1)<<1 - 1
	return (x<<s | x>>(width-s)) & mask
}

func RotateLeft(x uint, k int) uint       { return uint(rotate(uint64(x), k, UintSize)) }
func RotateLeft8(x uint8, k int) uint8    { return uint8(rotate(uint64(x), k, 8)) }
func RotateLeft16(x uint16, k int) uint16 { return uint16(rotate(uint64(x), k, 16)) }
func RotateLeft32(x uint32, k int) uint32 { return uint32(rotate(uint64(x), k, 32)) }
func RotateLeft64(x uint64, k int) uint64 { return rotate(x, k, 64) }

// --- reversal ---

// ReverseBytes64 returns x with its bytes in reverse order.
func ReverseBytes64(x uint64) uint64 {
	x = (x>>8)&0x00ff00ff00ff00ff | (x&0x00ff00ff00ff00ff)<<8
	x = (x>>16)&0x0000ffff0000ffff | (x&0x0000ffff0000ffff)<<16
	return x>>32 | x<<32
}

func ReverseBytes(x uint) uint       { return uint(ReverseBytes64(uint64(x)) >> (64 - UintSize)) }
func ReverseBytes16(x uint16) uint16 { return x>>8 | x<<8 }
func ReverseBytes32(x uint32) uint32 { return uint32(ReverseBytes64(uint64(x)) >> 32) }

// Reverse64 returns x with its bits in reverse order: bits swapped within
// bytes, then the bytes reversed.
func Reverse64(x uint64) uint64 {
	x = (x>>1)&0x5555555555555555 | (x&0x5555555555555555)<<1
	x = (x>>2)&0x3333333333333333 | (x&0x3333333333333333)<<2
	x = (x>>4)&0x0f0f0f0f0f0f0f0f | (x&0x0f0f0f0f0f0f0f0f)<<4
	return ReverseBytes64(x)
}

func Reverse(x uint) uint       { return uint(Reverse64(uint64(x)) >> (64 - UintSize)) }
func Reverse8(x uint8) uint8    { return uint8(Reverse64(uint64(x)) >> 56) }
func Reverse16(x uint16) uint16 { return uint16(Reverse64(uint64(x)) >> 48) }
func Reverse32(x uint32) uint32 { return uint32(Reverse64(uint64(x)) >> 32) }

// --- full-width arithmetic ---

// Add64 returns x + y + carry and the carry out; carry must be 0 or 1.
func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	sum = x + y + carry
	// a carry out of the top bit: both tops set, or either set and the sum's clear
	carryOut = ((x & y) | ((x | y) &^ sum)) >> 63
	return
}

func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	s := uint64(x) + uint64(y) + uint64(carry)
	return uint32(s), uint32(s >> 32)
}

func Add(x, y, carry uint) (sum, carryOut uint) {
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

// Sub64 returns x - y - borrow and the borrow out; borrow must be 0 or 1.
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	diff = x - y - borrow
	borrowOut = ((^x & y) | (^(x ^ y) & diff)) >> 63
	return
}

func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	d := uint64(x) - uint64(y) - uint64(borrow)
	return uint32(d), uint32(d>>32) & 1
}

func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

// Mul64 returns the 128-bit product of x and y: (hi, lo), from four 32-bit
// partial products.
func Mul64(x, y uint64) (hi, lo uint64) {
	const mask32 = 1<<32 - 1
	x0, x1 := x&mask32, x>>32
	y0, y1 := y&mask32, y>>32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1, w2 := t&mask32, t>>32
	w1 += x0 * y1
	hi = x1*y1 + w2 + w1>>32
	lo = x * y
	return
}

func Mul32(x, y uint32) (hi, lo uint32) {
	p := uint64(x) * uint64(y)
	return uint32(p >> 32), uint32(p)
}

func Mul(x, y uint) (hi, lo uint) {
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}

// Div64 returns the quotient and remainder of (hi, lo) divided by y. It
// panics for y == 0 (division by zero) or y <= hi (the quotient would
// overflow), as Go's does.
//
// Knuth's division of a two-word number by one word, with 32-bit digits
// (Hacker's Delight's divlu): y is shifted until its top bit is set, then
// each of the quotient's two digits is estimated from the top digits and
// corrected at most twice. A 64-bit division is one instruction, so this is
// a few dozen; gc makes Div64 one DIVQ.
func Div64(hi, lo, y uint64) (quo, rem uint64) {
	if y == 0 {
		panic(divideError)
	}
	if y <= hi {
		panic(overflowError)
	}
	if hi == 0 {
		return lo / y, lo % y
	}
	const (
		b    = 1 << 32 // the digit base
		mask = b - 1
	)
	s := uint(LeadingZeros64(y))
	y <<= s
	yn1, yn0 := y>>32, y&mask
	un32 := hi<<s | lo>>(64-s) // the top two digits (lo>>64 is 0)
	un10 := lo << s
	un1, un0 := un10>>32, un10&mask

	q1 := un32 / yn1
	rhat := un32 - q1*yn1
	for q1 >= b || q1*yn0 > b*rhat+un1 {
		q1--
		if rhat += yn1; rhat >= b {
			break
		}
	}
	un21 := un32*b + un1 - q1*y

	q0 := un21 / yn1
	rhat = un21 - q0*yn1
	for q0 >= b || q0*yn0 > b*rhat+un0 {
		q0--
		if rhat += yn1; rhat >= b {
			break
		}
	}
	return q1*b + q0, (un21*b + un0 - q0*y) >> s
}

func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y != 0 && y <= hi {
		panic(overflowError)
	}
	z := uint64(hi)<<32 | uint64(lo)
	return uint32(z / uint64(y)), uint32(z % uint64(y))
}

func Div(hi, lo, y uint) (quo, rem uint) {
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}

// Rem64 returns the remainder of (hi, lo) divided by y; unlike Div64 it does
// not panic for a quotient that overflows.
func Rem64(hi, lo, y uint64) uint64 {
	_, rem := Div64(hi%y, lo, y)
	return rem
}

func Rem32(hi, lo, y uint32) uint32 {
	return uint32((uint64(hi)<<32 | uint64(lo)) % uint64(y))
}

func Rem(hi, lo, y uint) uint {
	return uint(Rem64(uint64(hi), uint64(lo), uint64(y)))
}

// The run-time errors Go's Div functions panic with (they are the runtime's
// own, which this package cannot name): values that are runtime.Errors with
// the runtime's messages.
type runtimeError string

func (e runtimeError) Error() string { return "runtime error: " + string(e) }
func (e runtimeError) RuntimeError() {}

var (
	divideError   error = runtimeError("integer divide by zero")
	overflowError error = runtimeError("integer overflow")
)
