// Package strconv implements conversions to and from string representations of
// basic data types.
package strconv

import (
	"errors"
	"internal/bytealg"
	"math/bits"
	"unicode/utf8"
	"unsafe"
)

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

func syntaxError(fn, str string) *NumError { return &NumError{fn, str, ErrSyntax} }
func rangeError(fn, str string) *NumError  { return &NumError{fn, str, ErrRange} }
func baseError(fn, str string, base int) *NumError {
	return &NumError{fn, str, errors.New("invalid base " + Itoa(base))}
}
func bitSizeError(fn, str string, bitSize int) *NumError {
	return &NumError{fn, str, errors.New("invalid bit size " + Itoa(bitSize))}
}

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// smalls holds the decimal forms of 0 to 99, two digits each: their strings
// are substrings of it (of digits below 10), allocating nothing, as Go's.
const smalls = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"

// small is the decimal form of 0 <= i < 100.
func small(i int) string {
	if i < 10 {
		return digits[i : i+1]
	}
	return smalls[2*i : 2*i+2]
}

// FormatUint returns the string representation of i in the given base (2 to 36).
func FormatUint(i uint64, base int) string {
	if i < 100 && base == 10 {
		return small(int(i))
	}
	return formatBits(i, base, false)
}

// FormatInt returns the string representation of i in the given base (2 to 36).
func FormatInt(i int64, base int) string {
	if 0 <= i && i < 100 && base == 10 {
		return small(int(i))
	}
	if i < 0 {
		return formatBits(uint64(-i), base, true)
	}
	return formatBits(uint64(i), base, false)
}

// Itoa is equivalent to FormatInt(int64(i), 10).
func Itoa(i int) string {
	return FormatInt(int64(i), 10)
}

// AppendInt appends the string form of the integer i to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	if i < 0 {
		return appendBits(dst, uint64(-i), base, true)
	}
	return appendBits(dst, uint64(i), base, false)
}

// AppendUint appends the string form of the unsigned integer i to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	return appendBits(dst, i, base, false)
}

// formatBits is the string form of u (of -u when neg) in base: its digits are
// counted first, so that they are written straight into the string's one
// allocation.
func formatBits(u uint64, base int, neg bool) string {
	n := ndigits(u, base)
	if neg {
		n++
	}
	b := make([]byte, n)
	putBits(b, u, base, neg)
	return unsafe.String(&b[0], n)
}

// appendBits appends the string form of u (of -u when neg) in base to dst.
func appendBits(dst []byte, u uint64, base int, neg bool) []byte {
	n := ndigits(u, base)
	if neg {
		n++
	}
	l := len(dst)
	dst = append(dst, zeros[:n]...)
	putBits(dst[l:], u, base, neg)
	return dst
}

// zeros is room appendBits appends before it writes the digits: the longest
// form, 64 binary digits and a sign.
var zeros [65]byte

// pow10 holds 1, 10, ... 1e19.
var pow10 = [...]uint64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}

// ndigits is the number of digits of u in base.
func ndigits(u uint64, base int) int {
	switch {
	case base < 2 || base > len(digits):
		panic("strconv: illegal AppendInt/FormatInt base")
	case base == 10:
		// bits × log10(2) (1233/4096) is the number of digits or one more than
		// it; the power of ten tells which
		t := bits.Len64(u) * 1233 >> 12
		if u < pow10[t] {
			return max(1, t)
		}
		return t + 1
	case base&(base-1) == 0:
		shift := bits.TrailingZeros(uint(base))
		return max(1, (bits.Len64(u)+shift-1)/shift)
	}
	n := 1
	for b := uint64(base); u >= b; u /= b {
		n++
	}
	return n
}

// putBits writes the digits of u in base (after a '-' when neg) into b, which
// has exactly the room they take.
func putBits(b []byte, u uint64, base int, neg bool) {
	i := len(b)
	switch {
	case base == 10:
		// two digits per division by a constant (a multiplication)
		for u >= 100 {
			pair := u % 100 * 2
			u /= 100
			i -= 2
			b[i+1] = digitPairs[pair+1]
			b[i] = digitPairs[pair]
		}
		if u >= 10 {
			i--
			b[i] = digits[u%10]
			u /= 10
		}
	case base&(base-1) == 0:
		// a power of two: shifts and masks
		shift := uint(bits.TrailingZeros(uint(base)))
		mask := uint64(base - 1)
		for u >= uint64(base) {
			i--
			b[i] = digits[u&mask]
			u >>= shift
		}
	default:
		d := uint64(base)
		for u >= d {
			i--
			q := u / d
			b[i] = digits[u-q*d]
			u = q
		}
	}
	i--
	b[i] = digits[u]
	if neg {
		b[0] = '-'
	}
}

// digitPairs holds 00 to 99, two bytes each.
const digitPairs = "00010203040506070809" +
	"10111213141516171819" +
	"20212223242526272829" +
	"30313233343536373839" +
	"40414243444546474849" +
	"50515253545556575859" +
	"60616263646566676869" +
	"70717273747576777879" +
	"80818283848586878889" +
	"90919293949596979899"

// FormatBool returns "true" or "false" according to the value of b.
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends "true" or "false" to dst.
func AppendBool(dst []byte, b bool) []byte { return append(dst, FormatBool(b)...) }

// ParseBool returns the boolean value represented by the string.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, syntaxError("ParseBool", str)
}

func lower(c byte) byte { return c | ('x' - 'X') }

// underscoreOK reports whether the underscores in s are allowed (base-prefixed
// literals only, each between digits or after the prefix).
func underscoreOK(s string) bool {
	saw := '^'
	i := 0
	if len(s) >= 1 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	hex := false
	if len(s) >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x') {
		i = 2
		saw = '0'
		hex = lower(s[1]) == 'x'
	}
	for ; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' || hex && 'a' <= lower(s[i]) && lower(s[i]) <= 'f' {
			saw = '0'
			continue
		}
		if s[i] == '_' {
			if saw != '0' {
				return false
			}
			saw = '_'
			continue
		}
		if saw == '_' {
			return false
		}
		saw = '!'
	}
	return saw != '_'
}

// ParseUint is like ParseInt but for unsigned numbers.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	const fnParseUint = "ParseUint"
	if s == "" {
		return 0, syntaxError(fnParseUint, s)
	}
	base0 := base == 0
	s0 := s
	switch {
	case 2 <= base && base <= 36:
	case base == 0:
		base = 10
		if s[0] == '0' {
			switch {
			case len(s) >= 3 && lower(s[1]) == 'b':
				base = 2
				s = s[2:]
			case len(s) >= 3 && lower(s[1]) == 'o':
				base = 8
				s = s[2:]
			case len(s) >= 3 && lower(s[1]) == 'x':
				base = 16
				s = s[2:]
			default:
				base = 8
				s = s[1:]
			}
		}
	default:
		return 0, baseError(fnParseUint, s0, base)
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, bitSizeError(fnParseUint, s0, bitSize)
	}
	var cutoff uint64
	switch base {
	case 10:
		cutoff = 1<<64/10 + 1
	case 16:
		cutoff = 1<<64/16 + 1
	default:
		cutoff = (1<<64-1)/uint64(base) + 1
	}
	maxVal := uint64(1)<<uint(bitSize) - 1
	underscores := false
	var n uint64
	for _, c := range []byte(s) {
		var d byte
		switch {
		case c == '_' && base0:
			underscores = true
			continue
		case '0' <= c && c <= '9':
			d = c - '0'
		case 'a' <= lower(c) && lower(c) <= 'z':
			d = lower(c) - 'a' + 10
		default:
			return 0, syntaxError(fnParseUint, s0)
		}
		if d >= byte(base) {
			return 0, syntaxError(fnParseUint, s0)
		}
		if n >= cutoff {
			return maxVal, rangeError(fnParseUint, s0)
		}
		n *= uint64(base)
		n1 := n + uint64(d)
		if n1 < n || n1 > maxVal {
			return maxVal, rangeError(fnParseUint, s0)
		}
		n = n1
	}
	if underscores && !underscoreOK(s0) {
		return 0, syntaxError(fnParseUint, s0)
	}
	return n, nil
}

// ParseInt interprets a string s in the given base (0, 2 to 36) and bit size (0 to
// 64) and returns the corresponding value i.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	const fnParseInt = "ParseInt"
	if s == "" {
		return 0, syntaxError(fnParseInt, s)
	}
	s0 := s
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	un, err := ParseUint(s, base, bitSize)
	if err != nil && err.(*NumError).Err != ErrRange {
		err.(*NumError).Func = fnParseInt
		err.(*NumError).Num = s0
		return 0, err
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	cutoff := uint64(1 << uint(bitSize-1))
	if !neg && un >= cutoff {
		return int64(cutoff - 1), rangeError(fnParseInt, s0)
	}
	if neg && un > cutoff {
		return -int64(cutoff), rangeError(fnParseInt, s0)
	}
	n := int64(un)
	if neg {
		n = -n
	}
	return n, nil
}

// Atoi is equivalent to ParseInt(s, 10, 0), converted to type int.
func Atoi(s string) (int, error) {
	// up to 18 digits cannot overflow an int: such a string is read here,
	// without the bases, underscores and limits ParseInt handles
	if n := len(s); 0 < n && n <= 18 {
		digits := s
		if s[0] == '-' || s[0] == '+' {
			digits = s[1:]
		}
		v := 0
		for i := 0; i < len(digits); i++ {
			d := digits[i] - '0'
			if d > 9 {
				return 0, syntaxError("Atoi", s)
			}
			v = v*10 + int(d)
		}
		if len(digits) == 0 {
			return 0, syntaxError("Atoi", s)
		}
		if s[0] == '-' {
			v = -v
		}
		return v, nil
	}
	i64, err := ParseInt(s, 10, 0)
	if nerr, ok := err.(*NumError); ok {
		nerr.Func = "Atoi"
	}
	return int(i64), err
}

// FormatFloat converts the floating-point number f to a string, according to the
// format fmt ('b', 'e', 'E', 'f', 'g', 'G', 'x', 'X') and precision prec
// (-1 for the shortest representation that round-trips).
func FormatFloat(f float64, fmt byte, prec, bitSize int) string

// formatFloatInto writes FormatFloat's text into the n bytes at p and returns
// its length, or -1 (writing nothing) when n is too short. (A pointer and a
// length, not a slice: a native takes at most six integer arguments.)
func formatFloatInto(p *byte, n int, f float64, fmt byte, prec, bitSize int) int

// AppendFloat appends the string form of f, as generated by FormatFloat, to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	// in dst's spare capacity when the text fits: no allocation
	if spare := dst[len(dst):cap(dst)]; len(spare) > 0 {
		if n := formatFloatInto(&spare[0], len(spare), f, fmt, prec, bitSize); n >= 0 {
			return dst[:len(dst)+n]
		}
	}
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

// ParseFloat converts the string s to a floating-point number with the precision
// specified by bitSize: 32 for float32, or 64 for float64.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, code := parseFloat(s, bitSize)
	switch code {
	case 1:
		return 0, syntaxError("ParseFloat", s)
	case 2:
		return f, rangeError("ParseFloat", s)
	}
	return f, nil
}

// parseFloat returns the value and 0, or a code: 1 syntax error, 2 out of range.
func parseFloat(s string, bitSize int) (float64, int)

// What quoting leaves unescaped: printable runes, only ASCII ones, or graphic
// ones (printable, and the spaces unicode.IsGraphic adds).
const (
	keepPrint = iota
	keepASCII
	keepGraphic
)

// Quote returns a double-quoted Go string literal representing s, with escapes
// for control characters and non-printable characters as defined by IsPrint.
func Quote(s string) string { return quoted(s, keepPrint) }

// quoted is s double-quoted, built in a buffer sized for a few escapes that
// becomes the string (nothing else refers to it).
func quoted(s string, keep int) string {
	b := appendQuoted(make([]byte, 0, 3*len(s)/2), s, '"', keep)
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// AppendQuote appends the double-quoted Go string literal representing s.
func AppendQuote(dst []byte, s string) []byte { return appendQuoted(dst, s, '"', keepPrint) }

// QuoteToASCII is Quote with non-ASCII characters escaped.
func QuoteToASCII(s string) string { return quoted(s, keepASCII) }

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte { return appendQuoted(dst, s, '"', keepASCII) }

// QuoteToGraphic is Quote leaving graphic characters (IsGraphic) unescaped.
func QuoteToGraphic(s string) string { return quoted(s, keepGraphic) }

// AppendQuoteToGraphic appends QuoteToGraphic(s) to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', keepGraphic)
}

// QuoteRune returns a single-quoted Go character literal representing the rune.
func QuoteRune(r rune) string { return string(AppendQuoteRune(nil, r)) }

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte { return appendQuotedRune(dst, r, keepPrint) }

// QuoteRuneToASCII is QuoteRune with non-ASCII characters escaped.
func QuoteRuneToASCII(r rune) string { return string(AppendQuoteRuneToASCII(nil, r)) }

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte { return appendQuotedRune(dst, r, keepASCII) }

// QuoteRuneToGraphic is QuoteRune leaving graphic characters unescaped.
func QuoteRuneToGraphic(r rune) string { return string(AppendQuoteRuneToGraphic(nil, r)) }

// AppendQuoteRuneToGraphic appends QuoteRuneToGraphic(r) to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, keepGraphic)
}

func appendQuotedRune(dst []byte, r rune, keep int) []byte {
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	return appendQuoted(dst, string(r), '\'', keep)
}

// IsGraphic reports whether the rune is defined as a Graphic by Unicode: the
// printable runes and the spaces of category Zs.
func IsGraphic(r rune) bool {
	if IsPrint(r) {
		return true
	}
	switch {
	case r == 0x00a0, r == 0x1680, 0x2000 <= r && r <= 0x200a, r == 0x202f, r == 0x205f, r == 0x3000:
		return true
	}
	return false
}

// QuotedPrefix returns the quoted string (as understood by Unquote) at the
// prefix of s. If s does not start with a valid quoted string, QuotedPrefix
// returns an error.
func QuotedPrefix(s string) (string, error) {
	n := quotedLen(s)
	if n < 0 {
		return "", ErrSyntax
	}
	if _, err := Unquote(s[:n]); err != nil {
		return "", err
	}
	return s[:n], nil
}

// quotedLen returns the length of the quoted literal s starts with, or -1:
// to the closing backquote, or through escapes to the closing quote (on the
// same line).
func quotedLen(s string) int {
	if len(s) < 2 {
		return -1
	}
	q := s[0]
	switch q {
	case '`':
		for i := 1; i < len(s); i++ {
			if s[i] == '`' {
				return i + 1
			}
		}
	case '"', '\'':
		for i := 1; i < len(s); i++ {
			switch s[i] {
			case q:
				return i + 1
			case '\\':
				i++
			case '\n':
				return -1
			}
		}
	}
	return -1
}

// CanBackquote reports whether s can be represented unchanged as a raw string.
func CanBackquote(s string) bool {
	for _, r := range s {
		if r == '`' || r == utf8.RuneError || r < ' ' && r != '\t' || r == 0x7F || r == '\uFEFF' {
			return false
		}
	}
	return true
}

// IsPrint reports whether the rune is printable, as unicode.IsPrint defines
// it: a letter, mark, number, punctuation, symbol or the ASCII space. It
// searches a table of its own (isprint.go), so strconv does without unicode.
func IsPrint(r rune) bool {
	if r < utf8.RuneSelf {
		return ' ' <= r && r < 0x7f
	}
	if r < 0x10000 {
		return inRanges(printable16, 2, uint32(r))
	}
	return inRanges(printable32, 4, uint32(r))
}

// inRanges reports whether x lies in one of the ranges of table, [lo, hi]
// pairs of little-endian integers of size bytes, sorted and disjoint.
func inRanges(table string, size int, x uint32) bool {
	// binary search for the first range whose hi is at least x
	lo, hi := 0, len(table)/(2*size)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if rangeBound(table, (2*m+1)*size, size) < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(table)/(2*size) && rangeBound(table, 2*lo*size, size) <= x
}

// rangeBound is the little-endian integer of size bytes at table[i:].
func rangeBound(table string, i, size int) uint32 {
	v := uint32(table[i]) | uint32(table[i+1])<<8
	if size == 4 {
		v |= uint32(table[i+2])<<16 | uint32(table[i+3])<<24
	}
	return v
}

func appendQuoted(buf []byte, s string, quote byte, keep int) []byte {
	buf = append(buf, quote)
	for width := 0; len(s) > 0; s = s[width:] {
		r := rune(s[0])
		width = 1
		if r >= utf8.RuneSelf {
			r, width = utf8.DecodeRuneInString(s)
		}
		if width == 1 && r == utf8.RuneError {
			buf = append(buf, `\x`...)
			buf = append(buf, digits[s[0]>>4])
			buf = append(buf, digits[s[0]&0xF])
			continue
		}
		buf = appendEscapedRune(buf, r, quote, keep)
	}
	return append(buf, quote)
}

func appendEscapedRune(buf []byte, r rune, quote byte, keep int) []byte {
	if r == rune(quote) || r == '\\' {
		buf = append(buf, '\\')
		return append(buf, byte(r))
	}
	switch {
	case keep == keepASCII:
		if r < utf8.RuneSelf && IsPrint(r) {
			return append(buf, byte(r))
		}
	case IsPrint(r), keep == keepGraphic && IsGraphic(r):
		return utf8.AppendRune(buf, r)
	}
	switch r {
	case '\a':
		return append(buf, `\a`...)
	case '\b':
		return append(buf, `\b`...)
	case '\f':
		return append(buf, `\f`...)
	case '\n':
		return append(buf, `\n`...)
	case '\r':
		return append(buf, `\r`...)
	case '\t':
		return append(buf, `\t`...)
	case '\v':
		return append(buf, `\v`...)
	}
	switch {
	case r < ' ' || r == 0x7f:
		buf = append(buf, `\x`...)
		buf = append(buf, digits[byte(r)>>4])
		buf = append(buf, digits[byte(r)&0xF])
	case !utf8.ValidRune(r):
		r = 0xFFFD
		fallthrough
	case r < 0x10000:
		buf = append(buf, `\u`...)
		for s := 12; s >= 0; s -= 4 {
			buf = append(buf, digits[r>>uint(s)&0xF])
		}
	default:
		buf = append(buf, `\U`...)
		for s := 28; s >= 0; s -= 4 {
			buf = append(buf, digits[r>>uint(s)&0xF])
		}
	}
	return buf
}

func unhex(b byte) (v rune, ok bool) {
	c := rune(b)
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return
}

// UnquoteChar decodes the first character or byte in the escaped string or
// character literal represented by the string s.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		err = ErrSyntax
		return
	}
	switch c := s[0]; {
	case c == quote && (quote == '\'' || quote == '"'):
		err = ErrSyntax
		return
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	case c != '\\':
		return rune(s[0]), false, s[1:], nil
	}
	if len(s) <= 1 {
		err = ErrSyntax
		return
	}
	c := s[1]
	s = s[2:]
	switch c {
	case 'a':
		value = '\a'
	case 'b':
		value = '\b'
	case 'f':
		value = '\f'
	case 'n':
		value = '\n'
	case 'r':
		value = '\r'
	case 't':
		value = '\t'
	case 'v':
		value = '\v'
	case 'x', 'u', 'U':
		n := 0
		switch c {
		case 'x':
			n = 2
		case 'u':
			n = 4
		case 'U':
			n = 8
		}
		var v rune
		if len(s) < n {
			err = ErrSyntax
			return
		}
		for j := 0; j < n; j++ {
			x, ok := unhex(s[j])
			if !ok {
				err = ErrSyntax
				return
			}
			v = v<<4 | x
		}
		s = s[n:]
		if c == 'x' {
			value = v
			break
		}
		if !utf8.ValidRune(v) {
			err = ErrSyntax
			return
		}
		value = v
		multibyte = true
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := rune(c) - '0'
		if len(s) < 2 {
			err = ErrSyntax
			return
		}
		for j := 0; j < 2; j++ {
			x := rune(s[j]) - '0'
			if x < 0 || x > 7 {
				err = ErrSyntax
				return
			}
			v = (v << 3) | x
		}
		s = s[2:]
		if v > 255 {
			err = ErrSyntax
			return
		}
		value = v
	case '\\':
		value = '\\'
	case '\'', '"':
		if c != quote {
			err = ErrSyntax
			return
		}
		value = rune(c)
	default:
		err = ErrSyntax
		return
	}
	tail = s
	return
}

// Unquote interprets s as a single-quoted, double-quoted, or backquoted Go string
// literal, returning the string value that s quotes.
func Unquote(s string) (string, error) {
	n := len(s)
	if n < 2 {
		return "", ErrSyntax
	}
	quote := s[0]
	if quote != s[n-1] {
		return "", ErrSyntax
	}
	s = s[1 : n-1]
	if quote == '`' {
		for i := 0; i < len(s); i++ {
			if s[i] == '`' {
				return "", ErrSyntax
			}
		}
		// the literal's text itself, unless it has carriage returns to drop
		if bytealg.IndexByteString(s, '\r') < 0 {
			return s, nil
		}
		out := make([]byte, 0, len(s))
		for i := 0; i < len(s); i++ {
			if s[i] != '\r' {
				out = append(out, s[i])
			}
		}
		return string(out), nil
	}
	if quote != '"' && quote != '\'' {
		return "", ErrSyntax
	}
	// without escapes, the value is the literal's text itself
	if bytealg.IndexByteString(s, '\\') < 0 && bytealg.IndexByteString(s, '\n') < 0 && bytealg.IndexByteString(s, quote) < 0 {
		if quote == '"' && utf8.ValidString(s) {
			return s, nil
		}
		if r, size := utf8.DecodeRuneInString(s); quote == '\'' && size == len(s) && (r != utf8.RuneError || size != 1) {
			return s, nil
		}
	}
	buf := make([]byte, 0, 3*len(s)/2)
	for len(s) > 0 {
		c, multibyte, ss, err := UnquoteChar(s, quote)
		if err != nil {
			return "", err
		}
		// an unescaped newline cannot be in a quoted literal
		if s[0] == '\n' {
			return "", ErrSyntax
		}
		s = ss
		if c < utf8.RuneSelf || !multibyte {
			buf = append(buf, byte(c))
		} else {
			buf = utf8.AppendRune(buf, c)
		}
		if quote == '\'' && len(s) != 0 {
			return "", ErrSyntax
		}
	}
	if quote == '\'' && utf8.RuneCount(buf) != 1 {
		return "", ErrSyntax
	}
	return string(buf), nil
}
