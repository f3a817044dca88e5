package fmt

import (
	"strconv"
	"unicode/utf8"
)

// fmtFlags are the flags of one verb.
type fmtFlags struct {
	widPresent  bool
	precPresent bool
	minus       bool
	plus        bool
	sharp       bool
	space       bool
	zero        bool
	// %+v and %#v are recorded separately from plus and sharp, which then
	// keep their meaning for nested values.
	plusV  bool
	sharpV bool
}

// A formatter writes one formatted operand to buf.
type formatter struct {
	buf *[]byte
	fmtFlags
	wid  int
	prec int
	// intbuf holds a number's text while it is built: large enough for a
	// 64-bit integer in binary with its sign and prefix, or a float's usual
	// text, so formatting a number allocates nothing.
	intbuf [68]byte
}

func (f *formatter) clearflags() {
	f.fmtFlags = fmtFlags{}
	f.wid = 0
	f.prec = 0
}

func (f *formatter) init(buf *[]byte) {
	f.buf = buf
	f.clearflags()
}

// writePadding writes n bytes of padding.
func (f *formatter) writePadding(n int) {
	if n <= 0 {
		return
	}
	pad := byte(' ')
	// zero padding goes only to the left
	if f.zero && !f.minus {
		pad = '0'
	}
	for i := 0; i < n; i++ {
		*f.buf = append(*f.buf, pad)
	}
}

// pad appends b, padded to the width.
func (f *formatter) pad(b []byte) {
	if !f.widPresent || f.wid == 0 {
		*f.buf = append(*f.buf, b...)
		return
	}
	width := f.wid - utf8.RuneCount(b)
	if !f.minus {
		f.writePadding(width)
		*f.buf = append(*f.buf, b...)
	} else {
		*f.buf = append(*f.buf, b...)
		f.writePadding(width)
	}
}

// padString appends s, padded to the width.
func (f *formatter) padString(s string) {
	if !f.widPresent || f.wid == 0 {
		*f.buf = append(*f.buf, s...)
		return
	}
	width := f.wid - utf8.RuneCountInString(s)
	if !f.minus {
		f.writePadding(width)
		*f.buf = append(*f.buf, s...)
	} else {
		*f.buf = append(*f.buf, s...)
		f.writePadding(width)
	}
}

func (f *formatter) fmtBoolean(v bool) {
	if v {
		f.padString("true")
	} else {
		f.padString("false")
	}
}

// fmtUnicode formats a rune as "U+0078", or "U+0078 'x'" with the sharp flag.
func (f *formatter) fmtUnicode(u uint64) {
	prec := 4
	if f.precPresent && f.prec > 4 {
		prec = f.prec
	}
	hex := strconv.FormatUint(u, 16)
	b := []byte("U+")
	for i := len(hex); i < prec; i++ {
		b = append(b, '0')
	}
	for i := 0; i < len(hex); i++ {
		c := hex[i]
		if 'a' <= c && c <= 'f' {
			c -= 'a' - 'A'
		}
		b = append(b, c)
	}
	if f.sharp && u <= utf8.MaxRune && strconv.IsPrint(rune(u)) {
		b = append(b, " '"...)
		b = utf8.AppendRune(b, rune(u))
		b = append(b, '\'')
	}
	oldZero := f.zero
	f.zero = false
	f.pad(b)
	f.zero = oldZero
}

const (
	ldigits = "0123456789abcdefx"
	udigits = "0123456789ABCDEFX"
)

// fmtInteger formats a signed or unsigned integer in base with the given digits.
func (f *formatter) fmtInteger(u uint64, base int, isSigned bool, verb rune, digits string) {
	negative := isSigned && int64(u) < 0
	if negative {
		u = -u
	}
	// two ways to ask for zero padding: a precision, or the 0 flag with a width
	prec := 0
	if f.precPresent {
		prec = f.prec
		// precision 0 and value 0 means "print nothing but padding"
		if prec == 0 && u == 0 {
			oldZero := f.zero
			f.zero = false
			f.writePadding(f.wid)
			f.zero = oldZero
			return
		}
	} else if f.zero && !f.minus && f.widPresent {
		prec = f.wid
		if negative || f.plus || f.space {
			prec-- // leave room for the sign
		}
	}
	// the text is written backwards from the end of buf: digits (64 at most,
	// in binary), zeros up to the precision, a prefix of two and a sign
	buf := f.intbuf[:]
	if prec+3 > len(buf) {
		buf = make([]byte, prec+3)
	}
	i := len(buf)
	// each base its own loop: division by a constant ten is a multiplication,
	// the others are shifts and masks (a division by a variable base is a
	// divide instruction per digit)
	switch base {
	case 10:
		for u >= 10 {
			q := u / 10
			i--
			buf[i] = byte('0' + u - q*10)
			u = q
		}
	case 16:
		for u >= 16 {
			i--
			buf[i] = digits[u&0xF]
			u >>= 4
		}
	case 8:
		for u >= 8 {
			i--
			buf[i] = byte('0' + u&7)
			u >>= 3
		}
	case 2:
		for u >= 2 {
			i--
			buf[i] = byte('0' + u&1)
			u >>= 1
		}
	default:
		panic("fmt: unknown base; can't happen")
	}
	i--
	buf[i] = digits[u]
	for len(buf)-i < prec {
		i--
		buf[i] = '0'
	}
	if f.sharp {
		switch base {
		case 2:
			i -= 2
			buf[i], buf[i+1] = '0', 'b'
		case 8:
			if buf[i] != '0' {
				i--
				buf[i] = '0'
			}
		case 16:
			i -= 2
			buf[i], buf[i+1] = '0', digits[16]
		}
	}
	if verb == 'O' {
		i -= 2
		buf[i], buf[i+1] = '0', 'o'
	}
	if negative || f.plus || f.space {
		i--
		switch {
		case negative:
			buf[i] = '-'
		case f.plus:
			buf[i] = '+'
		default:
			buf[i] = ' '
		}
	}
	buf = buf[i:]
	// zero padding was done by the precision above
	oldZero := f.zero
	f.zero = false
	f.pad(buf)
	f.zero = oldZero
}

// truncateString returns s cut to the precision, in runes.
func (f *formatter) truncateString(s string) string {
	if f.precPresent {
		n := f.prec
		for i := range s {
			n--
			if n < 0 {
				return s[:i]
			}
		}
	}
	return s
}

func (f *formatter) truncate(b []byte) []byte {
	if f.precPresent {
		n := f.prec
		for i := 0; i < len(b); {
			n--
			if n < 0 {
				return b[:i]
			}
			_, size := utf8.DecodeRune(b[i:])
			i += size
		}
	}
	return b
}

func (f *formatter) fmtS(s string) {
	f.padString(f.truncateString(s))
}

func (f *formatter) fmtBs(b []byte) {
	f.pad(f.truncate(b))
}

// fmtSbx formats a string or byte slice as hexadecimal.
func (f *formatter) fmtSbx(s string, b []byte, digits string) {
	length := len(b)
	if b == nil {
		length = len(s)
	}
	if f.precPresent && f.prec < length {
		length = f.prec
	}
	// the encoded width
	width := 2 * length
	if width > 0 {
		if f.space {
			if f.sharp {
				width *= 2
			}
			width += length - 1
		} else if f.sharp {
			width += 2
		}
	} else {
		if f.widPresent {
			f.writePadding(f.wid)
		}
		return
	}
	if f.widPresent && f.wid > width && !f.minus {
		f.writePadding(f.wid - width)
	}
	buf := *f.buf
	if f.sharp {
		buf = append(buf, '0', digits[16])
	}
	for i := 0; i < length; i++ {
		if f.space && i > 0 {
			buf = append(buf, ' ')
			if f.sharp {
				buf = append(buf, '0', digits[16])
			}
		}
		var c byte
		if b != nil {
			c = b[i]
		} else {
			c = s[i]
		}
		buf = append(buf, digits[c>>4], digits[c&0xF])
	}
	*f.buf = buf
	if f.widPresent && f.wid > width && f.minus {
		f.writePadding(f.wid - width)
	}
}

func (f *formatter) fmtSx(s, digits string) { f.fmtSbx(s, nil, digits) }

func (f *formatter) fmtBx(b []byte, digits string) { f.fmtSbx("", b, digits) }

// fmtQ formats a double-quoted string, or a raw string with the sharp flag
// when possible.
func (f *formatter) fmtQ(s string) {
	s = f.truncateString(s)
	if f.sharp && strconv.CanBackquote(s) {
		f.padString("`" + s + "`")
		return
	}
	if f.plus {
		f.padString(strconv.QuoteToASCII(s))
	} else {
		f.padString(strconv.Quote(s))
	}
}

// fmtC formats an integer as the character it encodes.
func (f *formatter) fmtC(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	f.pad(utf8.AppendRune(nil, r))
}

// fmtQc formats an integer as a single-quoted character literal.
func (f *formatter) fmtQc(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	if f.plus {
		f.padString(strconv.QuoteRuneToASCII(r))
	} else {
		f.padString(strconv.QuoteRune(r))
	}
}

// fmtFloat formats a float with verb (in strconv's terms) and default precision.
func (f *formatter) fmtFloat(v float64, size int, verb rune, prec int) {
	if f.precPresent {
		prec = f.prec
	}
	// num[0] is the sign: strconv's, or a '+' put in the byte left for it
	num := strconv.AppendFloat(f.intbuf[:1], v, byte(verb), prec, size)
	if num[1] == '-' || num[1] == '+' {
		num = num[1:]
	} else {
		num[0] = '+'
	}
	if f.space && num[0] == '+' && !f.plus {
		num[0] = ' '
	}
	// infinities and NaN are not numbers to pad with zeros
	if num[1] == 'I' || num[1] == 'N' {
		oldZero := f.zero
		f.zero = false
		if num[1] == 'N' && !f.space && !f.plus {
			num = num[1:]
		}
		f.pad(num)
		f.zero = oldZero
		return
	}
	// the sharp flag keeps the decimal point and trailing zeros
	if f.sharp && verb != 'b' {
		digits := 0
		switch verb {
		case 'v', 'g', 'G', 'x':
			digits = prec
			if digits == -1 {
				digits = 6
			}
		}
		var tail []byte
		hasDecimalPoint := false
		sawNonzeroDigit := false
	digitsLoop:
		for i := 1; i < len(num); i++ {
			switch num[i] {
			case '.':
				hasDecimalPoint = true
			case 'p', 'P':
				tail = append(tail, num[i:]...)
				num = num[:i]
				break digitsLoop
			case 'e', 'E':
				if verb != 'x' && verb != 'X' {
					tail = append(tail, num[i:]...)
					num = num[:i]
					break digitsLoop
				}
				if num[i] != '0' {
					sawNonzeroDigit = true
				}
				if sawNonzeroDigit {
					digits--
				}
			default:
				if num[i] != '0' {
					sawNonzeroDigit = true
				}
				if sawNonzeroDigit {
					digits--
				}
			}
		}
		if !hasDecimalPoint {
			if len(num) == 2 && num[1] == '0' {
				digits--
			}
			num = append(num, '.')
		}
		for digits > 0 {
			num = append(num, '0')
			digits--
		}
		num = append(num, tail...)
	}
	if f.plus || num[0] != '+' {
		// with zero padding, the sign goes before the zeros
		if f.zero && !f.minus && f.widPresent && f.wid > len(num) {
			*f.buf = append(*f.buf, num[0])
			f.writePadding(f.wid - len(num))
			*f.buf = append(*f.buf, num[1:]...)
			return
		}
		f.pad(num)
		return
	}
	f.pad(num[1:])
}
