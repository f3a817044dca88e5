package big

// Text to Float, as Go's: the digits are read as one integer, with a binary
// exponent from the base and the point and a decimal exponent from 'e'; a
// decimal exponent is applied by one multiplication or division by 5^n
// computed at 64 bits more than the result's precision, to the unrounded
// digits: the result is the one Go's reading gives, correctly rounded except
// in rare cases.

import (
	"errors"
	"fmt"
	"strings"
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
	r := strings.NewReader(s)
	if b, err = z.scan(&scanner{r: r}, base); err != nil {
		return nil, b, err
	}
	if c, err := r.ReadByte(); err == nil {
		// f is z, read as far as it goes
		return z, b, fmt.Errorf("expected end of string, found %q", c)
	}
	return z, b, nil
}

// Scan is a support routine for fmt.Scanner; it sets z to the value of the
// scanned number, read as Parse reads it in base 0 and as far as it goes. It
// accepts the formats whose verbs are supported by fmt.Scan for floating
// point values: 'b' (binary), 'e', 'E', 'f', 'F', 'g', 'G' and 'v'; the verb
// does not choose the base.
func (z *Float) Scan(s fmt.ScanState, ch rune) error {
	s.SkipSpace()
	_, err := z.scan(&scanner{r: runeBytes{s}}, 0)
	return err
}

// scan reads a number from sc into z and returns its mantissa's base.
func (z *Float) scan(sc *scanner, base int) (int, error) {
	prec := z.prec
	if prec == 0 {
		prec = 64
	}
	z.form = zero
	neg, err := sc.sign()
	if err != nil {
		return 0, err
	}
	z.neg = neg
	mant, b, fcount, err := sc.mantissa(base, true)
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
	exp2, exp5 := powers(b, fcount, exp, ebase)
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
