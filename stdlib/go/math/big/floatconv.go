package big

// Text to Float, as Go's: the digits are read as one integer, with a binary
// exponent from the base and the point and a decimal exponent from 'e'; a
// decimal exponent is applied by one multiplication or division by 5^n
// computed at 64 bits more than the result's precision, so the result is
// the one Go's reading gives, which is correctly rounded but in rare
// cases.

import (
	"errors"
	"fmt"
	"strconv"
)

var (
	errNoDigits = errors.New("number has no digits")
	errInvalSep = errors.New("'_' must separate successive digits")
)

// SetString sets z to the value of s and returns z and a boolean indicating
// success. s must be a floating-point number of the same format as accepted
// by Parse, with base argument 0. The entire string (not just a prefix) must
// be valid for success. If the operation failed, the value of z is undefined
// but the returned value is nil.
func (z *Float) SetString(s string) (*Float, bool) {
	if f, _, err := z.Parse(s, 0); err == nil {
		return f, true
	}
	return nil, false
}

// ParseFloat is like f.Parse(s, base) with f set to the given precision and
// rounding mode.
func ParseFloat(s string, base int, prec uint, mode RoundingMode) (f *Float, b int, err error) {
	return new(Float).SetPrec(prec).SetMode(mode).Parse(s, base)
}

// Parse parses s, a floating-point number with a mantissa in the given base
// (0, 2, 8, 10 or 16; 0 takes it from a 0b, 0o or 0x prefix, and allows
// underscores between digits) and an optional exponent ('e' for a power of
// ten, 'p' for a power of two), or an infinity ("Inf", "inf", signed). It
// sets z to the (possibly rounded) value, with precision 64 if z has none,
// and returns z, the actual base b, and an error err, if any; f is nil if
// no number could be read.
func (z *Float) Parse(s string, base int) (f *Float, b int, err error) {
	switch s {
	case "Inf", "inf", "+Inf", "+inf":
		return z.SetInf(false), 0, nil
	case "-Inf", "-inf":
		return z.SetInf(true), 0, nil
	}
	sc := floatScanner{s: s}
	if b, err = z.scan(&sc, base); err != nil {
		return nil, b, err
	}
	if sc.i < len(s) {
		// f is z, read as far as it goes
		return z, b, fmt.Errorf("expected end of string, found %q", s[sc.i])
	}
	return z, b, nil
}

// floatScanner reads a string byte by byte.
type floatScanner struct {
	s string
	i int
}

// peek is the next byte, or 0 at the end.
func (sc *floatScanner) peek() byte {
	if sc.i < len(sc.s) {
		return sc.s[sc.i]
	}
	return 0
}

// scan reads a number from sc into z and returns its mantissa's base.
func (z *Float) scan(sc *floatScanner, base int) (int, error) {
	prec := z.prec
	if prec == 0 {
		prec = 64
	}
	z.form = zero
	if sc.i == len(sc.s) {
		return 0, errors.New("EOF")
	}
	z.neg = false
	switch sc.peek() {
	case '-':
		z.neg = true
		sc.i++
	case '+':
		sc.i++
	}
	mant, b, fcount, err := sc.mantissa(base)
	if err != nil {
		return b, err
	}
	exp, ebase, err := sc.exponent(base == 0)
	if err != nil {
		return b, err
	}
	z.prec = prec
	if len(mant) == 0 {
		z.acc = Exact
		return b, nil
	}
	// the value is mant × b^fcount × ebase^exp, b^fcount split into
	// powers of 2 and (for b 10) 5
	exp2, exp5 := int64(0), int64(0)
	if fcount < 0 {
		d := int64(fcount)
		switch b {
		case 10:
			exp5, exp2 = d, d
		case 2:
			exp2 = d
		case 8:
			exp2 = 3 * d
		case 16:
			exp2 = 4 * d
		}
	}
	if ebase == 10 {
		exp5 += exp
	}
	exp2 += exp
	if e := exp2 + int64(mant.bitLen()); e < MinExp || e > MaxExp {
		return b, errors.New("exponent overflow")
	}
	if exp5 == 0 {
		z.setRounded(mant, exp2, false)
		return b, nil
	}
	// all the digits, unrounded: the product or quotient rounds once
	z.form = finite
	z.mant = z.mant.shr(mant, mant.trailingZeroBits())
	z.exp = int32(exp2 + int64(mant.bitLen()))
	p := new(Float).SetPrec(uint(z.prec) + 64)
	if exp5 < 0 {
		z.Quo(z, p.pow5(uint64(-exp5)))
	} else {
		z.Mul(z, p.pow5(uint64(exp5)))
	}
	return b, nil
}

// pow5 sets z to 5^n, rounded to z's precision at each step of a square and
// multiply from 5^27 (the largest that fits 64 bits), and returns z.
func (z *Float) pow5(n uint64) *Float {
	const m = 27
	if n <= m {
		p := uint64(1)
		for i := uint64(0); i < n; i++ {
			p *= 5
		}
		return z.SetUint64(p)
	}
	z.pow5(m)
	n -= m
	f := new(Float).SetPrec(uint(z.prec) + 64).SetUint64(5)
	for n > 0 {
		if n&1 != 0 {
			z.Mul(z, f)
		}
		f.Mul(f, f)
		n >>= 1
	}
	return z
}

// mantissa reads the digits of a number, with a base prefix if base is 0,
// and at most one point: the digits as an integer, the base, and the
// count of digits after the point, negated (<= 0) if there was a point,
// else the number of digits.
func (sc *floatScanner) mantissa(base int) (z nat, b, count int, err error) {
	b = base
	prefix := 0
	if base == 0 {
		b = 10
		if sc.peek() == '0' && sc.i+1 < len(sc.s) {
			switch sc.s[sc.i+1] {
			case 'b', 'B':
				b, prefix = 2, 'b'
			case 'o', 'O':
				b, prefix = 8, 'o'
			case 'x', 'X':
				b, prefix = 16, 'x'
			}
			if prefix != 0 {
				sc.i += 2
			}
		}
	}
	// prev is what came last: '0' a digit, '_' a separator, '.' the
	// start (or the point)
	prev := byte('.')
	if prefix != 0 {
		prev = '0' // a separator may follow a prefix
	}
	invalSep := false
	point := -1
	for ; sc.i < len(sc.s); sc.i++ {
		c := sc.s[sc.i]
		if c == '.' && point < 0 {
			point = count
			continue
		}
		if c == '_' && base == 0 {
			if prev != '0' {
				invalSep = true
			}
			prev = '_'
			continue
		}
		d := digitValue(c)
		if d >= b {
			break
		}
		z = z.mulAddWW(z, Word(b), Word(d))
		count++
		prev = '0'
	}
	switch {
	case count == 0:
		err = errNoDigits
	case invalSep || prev == '_':
		err = errInvalSep
	}
	if point >= 0 {
		count = point - count
	}
	return z.norm(), b, count, err
}

// digitValue is c's value as a digit of any base up to 36 (36 if it is
// not a digit).
func digitValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'z':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'Z':
		return int(c-'A') + 10
	}
	return 36
}

// exponent reads an optional exponent: 'e' or 'E' and a power of ten, or
// 'p' or 'P' and a power of two, with underscores between digits if
// sepOk. It returns the power and its base (10 if there is none).
func (sc *floatScanner) exponent(sepOk bool) (exp int64, base int, err error) {
	switch sc.peek() {
	case 'e', 'E':
		base = 10
	case 'p', 'P':
		base = 2
	default:
		return 0, 10, nil
	}
	sc.i++
	var digits []byte
	if c := sc.peek(); c == '+' || c == '-' {
		if c == '-' {
			digits = append(digits, '-')
		}
		sc.i++
	}
	prev := byte('.')
	invalSep, hasDigits := false, false
	for ; sc.i < len(sc.s); sc.i++ {
		c := sc.s[sc.i]
		switch {
		case '0' <= c && c <= '9':
			digits = append(digits, c)
			prev, hasDigits = '0', true
			continue
		case c == '_' && sepOk:
			if prev != '0' {
				invalSep = true
			}
			prev = '_'
			continue
		}
		break
	}
	if !hasDigits {
		return 0, base, errNoDigits
	}
	if exp, err = strconv.ParseInt(string(digits), 10, 64); err != nil {
		return 0, base, err
	}
	if invalSep || prev == '_' {
		return 0, base, errInvalSep
	}
	return exp, base, nil
}

// AppendText implements encoding.TextAppender: x in the shortest 'g'
// format, "<nil>" for a nil x.
func (x *Float) AppendText(b []byte) ([]byte, error) {
	if x == nil {
		return append(b, "<nil>"...), nil
	}
	return x.Append(b, 'g', -1), nil
}

// MarshalText implements encoding.TextMarshaler, as AppendText.
func (x *Float) MarshalText() (text []byte, err error) { return x.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler: text as Parse reads it
// in base 0, at z's precision (64 if it has none) and rounding mode.
func (z *Float) UnmarshalText(text []byte) error {
	_, _, err := z.Parse(string(text), 0)
	if err != nil {
		err = fmt.Errorf("math/big: cannot unmarshal %q into a *big.Float (%v)", text, err)
	}
	return err
}
