package big

// Reading numbers a byte at a time, as far as they go: what Float.Parse and
// the fmt.Scanner methods share. A scanner looks one byte ahead of what it
// takes (ReadByte then UnreadByte), so a number read from a fmt.ScanState
// leaves the byte after it unread, as Go's does.

import (
	"errors"
	"fmt"
	"io"
	"strconv"
)

var (
	errNoDigits = errors.New("number has no digits")
	errInvalSep = errors.New("'_' must separate successive digits")
)

// A scanner reads bytes from r; err is the first read error other than
// io.EOF, after which it reads nothing more.
type scanner struct {
	r   io.ByteScanner
	err error
}

// peek is the next byte, not taken; 0 at the end or after an error.
func (sc *scanner) peek() byte {
	if sc.err != nil {
		return 0
	}
	c, err := sc.r.ReadByte()
	if err != nil {
		if err != io.EOF {
			sc.err = err
		}
		return 0
	}
	sc.r.UnreadByte()
	return c
}

// take takes the byte peek returned.
func (sc *scanner) take() { sc.r.ReadByte() }

// sign reads an optional sign; an empty input is io.EOF.
func (sc *scanner) sign() (neg bool, err error) {
	c, err := sc.r.ReadByte()
	if err != nil {
		if err != io.EOF {
			sc.err = err
		}
		return false, err
	}
	switch c {
	case '-':
		neg = true
	case '+':
	default:
		sc.r.UnreadByte()
	}
	return neg, nil
}

// mantissa reads the digits of an unsigned number in base, with a point
// if fracOk; base must be 0, 2 to MaxBase, or with a point 2, 8, 10 or 16
// (Go panics otherwise). Base 0 takes the base from a prefix (0b, 0o, 0x; a 0 before a
// digit is octal unless fracOk) and allows underscores between digits and
// after a prefix. It returns the digits as an integer, the base, and the
// number of digits, or, if there was a point, the negated number of digits
// after it (so the value is z × b^count).
func (sc *scanner) mantissa(base int, fracOk bool) (z nat, b, count int, err error) {
	baseOk := base == 0 ||
		!fracOk && 2 <= base && base <= MaxBase ||
		fracOk && (base == 2 || base == 8 || base == 10 || base == 16)
	if !baseOk {
		panic(fmt.Sprintf("invalid number base %d", base))
	}
	b = base
	// prev is what came last: '0' a digit (or a prefix), '_' a separator,
	// '.' nothing yet
	prev := byte('.')
	prefix := byte(0)
	if base == 0 {
		b = 10
		if sc.peek() == '0' {
			sc.take()
			prev, count = '0', 1
			switch sc.peek() {
			case 'b', 'B':
				b, prefix = 2, 'b'
			case 'o', 'O':
				b, prefix = 8, 'o'
			case 'x', 'X':
				b, prefix = 16, 'x'
			default:
				if !fracOk {
					b, prefix = 8, '0'
				}
			}
			if prefix != 0 {
				count = 0 // a prefix is no digit
				if prefix != '0' {
					sc.take()
				}
			}
		}
	}
	invalSep := false
	point := -1
	for {
		c := sc.peek()
		switch {
		case c == '.' && fracOk && point < 0:
			point = count
		case c == '_' && base == 0:
			if prev != '0' {
				invalSep = true
			}
			prev = '_'
		default:
			d := digitValue(c, b)
			if d >= b {
				err = sc.err
				if err == nil && (invalSep || prev == '_') {
					err = errInvalSep
				}
				if count == 0 {
					if prefix == '0' {
						// a lone 0, or one before digits > 7: decimal 0
						return nil, 10, 1, err
					}
					err = errNoDigits
				}
				if point >= 0 {
					count = point - count
				}
				return z.norm(), b, count, err
			}
			z = z.mulAddWW(z, Word(b), Word(d))
			count++
			prev = '0'
		}
		sc.take()
	}
}

// powers is the scale of a number read as digits in base b (2, 8, 10 or
// 16), fcount of them after a point if fcount < 0 (see mantissa), with an
// exponent exp of base ebase (10 or 2): the number is the digits' integer
// × 2^exp2 × 5^exp5.
func powers(b, fcount int, exp int64, ebase int) (exp2, exp5 int64) {
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
	return exp2 + exp, exp5
}

// digitValue is c's value as a digit in base (at least base if it is not
// one): letters are 10 to 35, or, above base 36, the upper case ones 36 to
// 61.
func digitValue(c byte, base int) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'z':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'Z':
		if base <= 36 {
			return int(c-'A') + 10
		}
		return int(c-'A') + 36
	}
	return MaxBase + 1
}

// exponent reads an optional exponent: 'e' or 'E' and a power of ten, or
// 'p' or 'P' and a power of two, with underscores between digits if
// sepOk. It returns the power and its base (10 if there is none).
func (sc *scanner) exponent(sepOk bool) (exp int64, base int, err error) {
	switch sc.peek() {
	case 'e', 'E':
		base = 10
	case 'p', 'P':
		base = 2
	default:
		return 0, 10, sc.err
	}
	sc.take()
	var digits []byte
	if c := sc.peek(); c == '+' || c == '-' {
		if c == '-' {
			digits = append(digits, '-')
		}
		sc.take()
	}
	prev := byte('.')
	invalSep, hasDigits := false, false
	for ; ; sc.take() {
		c := sc.peek()
		if '0' <= c && c <= '9' {
			digits = append(digits, c)
			prev, hasDigits = '0', true
		} else if c == '_' && sepOk {
			if prev != '0' {
				invalSep = true
			}
			prev = '_'
		} else {
			break
		}
	}
	switch {
	case sc.err != nil:
		return 0, base, sc.err
	case !hasDigits:
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

// runeBytes reads a fmt.ScanState as bytes: a rune of more than one byte
// is an error.
type runeBytes struct {
	fmt.ScanState
}

func (r runeBytes) ReadByte() (byte, error) {
	ch, size, err := r.ReadRune()
	if size != 1 && err == nil {
		err = fmt.Errorf("invalid rune %#U", ch)
	}
	return byte(ch), err
}

func (r runeBytes) UnreadByte() error { return r.UnreadRune() }
