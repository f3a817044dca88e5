package fmt

import (
	"errors"
	"internal/rt"
	"io"
	"math"
	"os"
	"strconv"
	"unicode/utf8"
)

// Scanning: the Scan, Scanln and Scanf families read space-separated values
// into the variables their arguments point to, as Go's fmt does.
//
// One call is one scanState over an io.RuneScanner (a reader that is not one
// is read a byte at a time through a runeReader, which can unread one rune).
// The state counts the runes it consumed, so a width in a Scanf verb limits
// what the verb may read (argLimit), and in Scanln mode a newline ends the
// input. Syntax errors panic with a scanError that the entry point recovers
// into its error result; running out of input before a value panics with
// io.EOF itself, which is returned as is.

// ScanState represents the scanner state passed to custom scanners.
type ScanState interface {
	// ReadRune reads the next rune (Unicode code point) from the input.
	ReadRune() (r rune, size int, err error)
	// UnreadRune causes the next call to ReadRune to return the same rune.
	UnreadRune() error
	// SkipSpace skips space in the input (newlines as the operation says).
	SkipSpace()
	// Token skips space if skipSpace is true, then returns the run of runes
	// satisfying f (or !isSpace when f is nil).
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	// Width returns the value of the width option and whether it has been set.
	Width() (wid int, ok bool)
	// Read is present so that ScanState is an io.Reader; it must not be used.
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by any value that has a Scan method, which scans the
// input for the representation of a value and stores the result in the
// receiver, which must be a pointer to be useful.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// Scan scans text read from standard input, storing successive space-separated
// values into successive arguments. Newlines count as space.
func Scan(a ...any) (n int, err error) { return Fscan(os.Stdin, a...) }

// Scanln is like Scan, but stops scanning at a newline and after the final item
// there must be a newline or EOF.
func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }

// Scanf scans text read from standard input, storing successive space-separated
// values into successive arguments as determined by the format.
func Scanf(format string, a ...any) (n int, err error) { return Fscanf(os.Stdin, format, a...) }

// Sscan scans the argument string, storing successive space-separated values
// into successive arguments. Newlines count as space.
func Sscan(str string, a ...any) (n int, err error) { return Fscan(&stringReader{str}, a...) }

// Sscanln is like Sscan, but stops scanning at a newline.
func Sscanln(str string, a ...any) (n int, err error) { return Fscanln(&stringReader{str}, a...) }

// Sscanf scans the argument string, storing successive space-separated values
// into successive arguments as determined by the format.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return Fscanf(&stringReader{str}, format, a...)
}

// Fscan scans text read from r, storing successive space-separated values into
// successive arguments. Newlines count as space.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	return newScanState(r, true, false).scanArgs(a)
}

// Fscanln is like Fscan, but stops scanning at a newline.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return newScanState(r, false, true).scanArgs(a)
}

// Fscanf scans text read from r, storing successive space-separated values into
// successive arguments as determined by the format.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return newScanState(r, false, false).scanFormat(format, a)
}

// stringReader reads a string (Sscan's input); it is no RuneScanner, so, as
// in Go, it is read through a runeReader.
type stringReader struct{ s string }

func (r *stringReader) Read(b []byte) (n int, err error) {
	n = copy(b, r.s)
	r.s = r.s[n:]
	if n == 0 {
		err = io.EOF
	}
	return
}

// runeReader reads runes a byte at a time from a reader that is no
// io.RuneScanner (so it never reads ahead of what the scan consumes), keeping
// the last rune for one UnreadRune.
type runeReader struct {
	r       io.Reader
	pending []byte // bytes read past an invalid encoding, read next
	last    rune   // the last rune read
	unread  bool   // UnreadRune was called: ReadRune returns last again
	has     bool   // last holds a rune
}

func (r *runeReader) readByte() (byte, error) {
	if len(r.pending) > 0 {
		b := r.pending[0]
		r.pending = r.pending[1:]
		return b, nil
	}
	var one [1]byte
	n, err := io.ReadFull(r.r, one[:])
	if n != 1 {
		return 0, err
	}
	return one[0], nil
}

func (r *runeReader) ReadRune() (rune, int, error) {
	if r.unread {
		r.unread = false
		return r.last, utf8.RuneLen(r.last), nil
	}
	var buf [utf8.UTFMax]byte
	b, err := r.readByte()
	if err != nil {
		return 0, 0, err
	}
	buf[0] = b
	n := 1
	for b >= utf8.RuneSelf && n < utf8.UTFMax && !utf8.FullRune(buf[:n]) {
		c, err := r.readByte()
		if err == io.EOF {
			break
		} else if err != nil {
			return 0, 0, err
		}
		buf[n] = c
		n++
	}
	c, size := utf8.DecodeRune(buf[:n])
	if size < n { // an invalid encoding: its other bytes come next
		r.pending = append(append([]byte(nil), buf[size:n]...), r.pending...)
	}
	r.last, r.has = c, true
	return c, size, nil
}

func (r *runeReader) UnreadRune() error {
	if !r.has || r.unread {
		return errors.New("fmt: scanning called UnreadRune with no rune available")
	}
	r.unread = true
	return nil
}

// scanError carries a syntax error out of the scanning functions to the entry
// point, which returns it.
type scanError struct{ err error }

// eof is the rune getRune returns at the end of the input.
const eof = -1

// hugeWid is the width of a verb without one.
const hugeWid = 1 << 30

// scanState is the state of one scanning call; it implements ScanState.
type scanState struct {
	rs        io.RuneScanner
	buf       []byte // the token being read
	count     int    // runes consumed so far
	atEOF     bool   // the input ended (or, in Scanln mode, reached a newline)
	nlIsSpace bool   // Scan: newlines are spaces
	nlIsEnd   bool   // Scanln: a newline ends the input
	argLimit  int    // count may not pass this while scanning the current value
	maxWid    int    // the current verb's width, hugeWid when none
}

func newScanState(r io.Reader, nlIsSpace, nlIsEnd bool) *scanState {
	s := &scanState{nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd, argLimit: hugeWid, maxWid: hugeWid}
	if rs, ok := r.(io.RuneScanner); ok {
		s.rs = rs
	} else {
		s.rs = &runeReader{r: r}
	}
	return s
}

// Read is not to be called: custom scanners use ReadRune.
func (s *scanState) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

func (s *scanState) ReadRune() (r rune, size int, err error) {
	if s.atEOF || s.count >= s.argLimit {
		return 0, 0, io.EOF
	}
	r, size, err = s.rs.ReadRune()
	if err == nil {
		s.count++
		if s.nlIsEnd && r == '\n' {
			s.atEOF = true
		}
	} else if err == io.EOF {
		s.atEOF = true
	}
	return
}

func (s *scanState) UnreadRune() error {
	s.rs.UnreadRune()
	s.atEOF = false
	s.count--
	return nil
}

func (s *scanState) Width() (wid int, ok bool) {
	if s.maxWid == hugeWid {
		return 0, false
	}
	return s.maxWid, true
}

func (s *scanState) error(err error)      { panic(scanError{err}) }
func (s *scanState) errorString(e string) { panic(scanError{errors.New(e)}) }

// getRune returns the next rune, eof at the end of the input; a read error
// ends the scan.
func (s *scanState) getRune() rune {
	r, _, err := s.ReadRune()
	if err != nil {
		if err == io.EOF {
			return eof
		}
		s.error(err)
	}
	return r
}

// mustReadRune is getRune where the end of the input is a syntax error.
func (s *scanState) mustReadRune() rune {
	r := s.getRune()
	if r == eof {
		s.error(io.ErrUnexpectedEOF)
	}
	return r
}

// notEOF ends the scan with io.EOF when there is no input left.
func (s *scanState) notEOF() {
	if r := s.getRune(); r == eof {
		panic(io.EOF)
	}
	s.UnreadRune()
}

// SkipSpace skips spaces; a newline is a space for Scan, and an error
// ("unexpected newline") otherwise; "\r\n" counts as "\n".
func (s *scanState) SkipSpace() {
	for {
		r := s.getRune()
		if r == eof {
			return
		}
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.errorString("unexpected newline")
			return
		}
		if !isSpace(r) {
			s.UnreadRune()
			return
		}
	}
}

func (s *scanState) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			if se, ok := e.(scanError); ok {
				err = se.err
			} else {
				panic(e)
			}
		}
	}()
	if f == nil {
		f = notSpace
	}
	s.buf = s.buf[:0]
	return s.token(skipSpace, f), nil
}

// token reads the run of runes satisfying f into s.buf.
func (s *scanState) token(skipSpace bool, f func(rune) bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	for {
		r := s.getRune()
		if r == eof {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		s.buf = utf8.AppendRune(s.buf, r)
	}
	return s.buf
}

// isSpace reports whether r is a space: Unicode's White_Space property.
func isSpace(r rune) bool {
	switch {
	case r >= 0x10000:
		return false
	case '\t' <= r && r <= '\r', r == ' ', r == 0x85, r == 0xA0, r == 0x1680, r == 0x2028, r == 0x2029,
		r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	case 0x2000 <= r && r <= 0x200A:
		return true
	}
	return false
}

func notSpace(r rune) bool { return !isSpace(r) }

// accept appends the next rune to the token if it is one of ok.
func (s *scanState) accept(ok string) bool {
	r := s.getRune()
	if r == eof {
		return false
	}
	if containsRune(ok, r) {
		s.buf = utf8.AppendRune(s.buf, r)
		return true
	}
	s.UnreadRune()
	return false
}

// consume reads the next rune if it is one of ok, without keeping it.
func (s *scanState) consume(ok string) bool {
	r := s.getRune()
	if r == eof {
		return false
	}
	if containsRune(ok, r) {
		return true
	}
	s.UnreadRune()
	return false
}

// peek reports whether the next rune is one of ok, without consuming it.
func (s *scanState) peek(ok string) bool {
	r := s.getRune()
	if r != eof {
		s.UnreadRune()
	}
	return containsRune(ok, r)
}

func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}

// okVerb ends the scan unless verb is one of okVerbs.
func (s *scanState) okVerb(verb rune, okVerbs, typ string) {
	if !containsRune(okVerbs, verb) {
		s.errorString("bad verb '%" + string(verb) + "' for " + typ)
	}
}

// scanArgs is Scan and Scanln: each argument in turn, then (Scanln) the rest
// of the line must be space.
func (s *scanState) scanArgs(a []any) (n int, err error) {
	defer recoverScan(&err)
	for _, arg := range a {
		s.scanOne('v', arg)
		n++
	}
	if s.nlIsEnd {
		for {
			r := s.getRune()
			if r == '\n' || r == eof {
				break
			}
			if !isSpace(r) {
				s.errorString("expected newline")
			}
		}
	}
	return
}

// recoverScan turns the panics of a scan into its error.
func recoverScan(errp *error) {
	if e := recover(); e != nil {
		if se, ok := e.(scanError); ok {
			*errp = se.err
		} else if err, ok := e.(error); ok && err == io.EOF {
			*errp = err
		} else {
			panic(e)
		}
	}
}

const (
	binaryDigits      = "01"
	octalDigits       = "01234567"
	decimalDigits     = "0123456789"
	hexadecimalDigits = "0123456789aAbBcCdDeEfF"
	floatVerbs        = "beEfFgGv"
)

// scanOne scans one value for verb into what arg points to.
func (s *scanState) scanOne(verb rune, arg any) {
	s.buf = s.buf[:0]
	if v, ok := arg.(Scanner); ok {
		if err := v.Scan(s, verb); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			s.error(err)
		}
		return
	}
	switch v := arg.(type) {
	case *bool:
		*v = s.scanBool(verb)
	case *int:
		*v = int(s.scanInt(verb, 64))
	case *int8:
		*v = int8(s.scanInt(verb, 8))
	case *int16:
		*v = int16(s.scanInt(verb, 16))
	case *int32:
		*v = int32(s.scanInt(verb, 32))
	case *int64:
		*v = s.scanInt(verb, 64)
	case *uint:
		*v = uint(s.scanUint(verb, 64))
	case *uint8:
		*v = uint8(s.scanUint(verb, 8))
	case *uint16:
		*v = uint16(s.scanUint(verb, 16))
	case *uint32:
		*v = uint32(s.scanUint(verb, 32))
	case *uint64:
		*v = s.scanUint(verb, 64)
	case *uintptr:
		*v = uintptr(s.scanUint(verb, 64))
	case *float32:
		*v = float32(s.scanFloat(verb, 32, "float32"))
	case *float64:
		*v = s.scanFloat(verb, 64, "float64")
	case *string:
		*v = s.convertString(verb)
	case *[]byte:
		*v = []byte(s.convertString(verb))
	default:
		s.scanNamed(verb, arg)
	}
}

// scanNamed scans into a pointer to a defined type whose underlying type is
// basic (type Celsius float64), storing the value's bits through internal/rt.
func (s *scanState) scanNamed(verb rune, arg any) {
	t := rt.TypeOf(arg)
	if t.Kind() != rt.Pointer {
		s.errorString("type not a pointer: " + t.String())
	}
	e := t.Elem()
	bits := int(e.Size()) * 8
	switch e.Kind() {
	case rt.Bool:
		b := uint64(0)
		if s.scanBool(verb) {
			b = 1
		}
		rt.StoreBits(arg, b)
	case rt.Int, rt.Int8, rt.Int16, rt.Int32, rt.Int64:
		rt.StoreBits(arg, uint64(s.scanInt(verb, bits)))
	case rt.Uint, rt.Uint8, rt.Uint16, rt.Uint32, rt.Uint64, rt.Uintptr:
		rt.StoreBits(arg, s.scanUint(verb, bits))
	case rt.Float32:
		rt.StoreBits(arg, uint64(math.Float32bits(float32(s.scanFloat(verb, 32, e.String())))))
	case rt.Float64:
		rt.StoreBits(arg, math.Float64bits(s.scanFloat(verb, 64, e.String())))
	case rt.String:
		rt.StoreString(arg, s.convertString(verb))
	default:
		s.errorString("can't scan type: " + t.String())
	}
}

var boolError = errors.New("syntax error scanning boolean")

// scanBool reads t, true, f, false (in any case), 1 or 0.
func (s *scanState) scanBool(verb rune) bool {
	s.SkipSpace()
	s.notEOF()
	s.okVerb(verb, "tv", "boolean")
	switch s.getRune() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.error(boolError)
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.error(boolError)
		}
		return false
	}
	return false
}

// intBase returns the base and digits of an integer verb.
func (s *scanState) intBase(verb rune) (int, string) {
	s.okVerb(verb, "bdoUxXv", "integer")
	switch verb {
	case 'b':
		return 2, binaryDigits
	case 'o':
		return 8, octalDigits
	case 'x', 'X', 'U':
		return 16, hexadecimalDigits
	}
	return 10, decimalDigits
}

// integerToken reads an integer's token into s.buf: a sign (when signed), then
// for %v a base prefix, or for %U "U+", then digits.
func (s *scanState) integerToken(verb rune, signed bool) (string, int) {
	s.SkipSpace()
	s.notEOF()
	base, digits := s.intBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U") || !s.consume("+") {
			s.errorString("bad unicode format ")
		}
	} else {
		if signed {
			s.accept("+-")
		}
		if verb == 'v' {
			base = 0 // strconv reads the prefix
			digits = decimalDigits + "_"
			if s.peek("0") {
				s.accept("0")
				haveDigits = true
				switch {
				case s.accept("bB"):
					digits = binaryDigits + "_"
				case s.accept("oO"):
					digits = octalDigits + "_"
				case s.accept("xX"):
					digits = hexadecimalDigits + "_"
				default:
					digits = octalDigits + "_"
				}
			}
		}
	}
	if !haveDigits {
		s.notEOF()
		if !s.accept(digits) {
			s.errorString("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.buf), base
}

// scanRune reads one rune as an integer value (%c).
func (s *scanState) scanRune(bits int) int64 {
	s.notEOF()
	r := int64(s.getRune())
	if x := r << (64 - bits) >> (64 - bits); x != r {
		s.errorString("overflow on character value " + string(rune(r)))
	}
	return r
}

func (s *scanState) scanInt(verb rune, bits int) int64 {
	if verb == 'c' {
		return s.scanRune(bits)
	}
	tok, base := s.integerToken(verb, true)
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.error(err)
	}
	if x := i << (64 - bits) >> (64 - bits); x != i {
		s.errorString("integer overflow on token " + tok)
	}
	return i
}

func (s *scanState) scanUint(verb rune, bits int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bits))
	}
	tok, base := s.integerToken(verb, false)
	i, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.error(err)
	}
	if x := i << (64 - bits) >> (64 - bits); x != i {
		s.errorString("unsigned integer overflow on token " + tok)
	}
	return i
}

// scanFloat reads a floating-point number of the given size.
func (s *scanState) scanFloat(verb rune, bits int, typ string) float64 {
	s.okVerb(verb, floatVerbs, typ)
	s.SkipSpace()
	s.notEOF()
	return s.convertFloat(s.floatToken(), bits)
}

// floatToken reads what may be a float into s.buf: NaN, a signed Inf, or
// digits with a point and an exponent (hexadecimal after 0x); strconv judges
// the syntax.
func (s *scanState) floatToken() string {
	s.buf = s.buf[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	s.accept("+-")
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	digits, exp := decimalDigits+"_", "eEpP"
	if s.accept("0") && s.accept("xX") {
		digits, exp = hexadecimalDigits+"_", "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(".") {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept("+-")
		for s.accept(decimalDigits + "_") {
		}
	}
	return string(s.buf)
}

// convertFloat parses a float token; a decimal mantissa with a binary
// exponent ("1.5p3") is fmt's own extension.
func (s *scanState) convertFloat(str string, bits int) float64 {
	p := -1
	hex := false
	for i := 0; i < len(str); i++ {
		switch str[i] {
		case 'p':
			if p < 0 {
				p = i
			}
		case 'x', 'X':
			hex = true
		}
	}
	if p >= 0 && !hex {
		f, err := strconv.ParseFloat(str[:p], bits)
		if err != nil {
			s.error(withNum(err, str))
		}
		m, err := strconv.Atoi(str[p+1:])
		if err != nil {
			s.error(withNum(err, str))
		}
		return math.Ldexp(f, m)
	}
	f, err := strconv.ParseFloat(str, bits)
	if err != nil {
		s.error(err)
	}
	return f
}

// withNum puts the whole token into a strconv error.
func withNum(err error, num string) error {
	if e, ok := err.(*strconv.NumError); ok {
		e.Num = num
	}
	return err
}

// convertString reads a string for verb: a space-delimited token (%s, %v),
// a Go quoted string (%q), or hexadecimal byte pairs (%x, %X).
func (s *scanState) convertString(verb rune) string {
	s.okVerb(verb, "svqxX", "string")
	s.SkipSpace()
	s.notEOF()
	switch verb {
	case 'q':
		return s.quotedString()
	case 'x', 'X':
		return s.hexString()
	}
	return string(s.token(true, notSpace))
}

// quotedString reads a back-quoted or double-quoted Go string.
func (s *scanState) quotedString() string {
	s.notEOF()
	quote := s.getRune()
	switch quote {
	case '`':
		for {
			r := s.mustReadRune()
			if r == quote {
				break
			}
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return string(s.buf)
	case '"':
		s.buf = append(s.buf, '"')
		for {
			r := s.mustReadRune()
			s.buf = utf8.AppendRune(s.buf, r)
			if r == '\\' {
				// the rune after a backslash cannot end the string
				s.buf = utf8.AppendRune(s.buf, s.mustReadRune())
			} else if r == '"' {
				break
			}
		}
		result, err := strconv.Unquote(string(s.buf))
		if err != nil {
			s.error(err)
		}
		return result
	}
	s.errorString("expected quoted string")
	return ""
}

// hexDigit returns the value of a hexadecimal digit.
func hexDigit(d rune) (int, bool) {
	switch {
	case '0' <= d && d <= '9':
		return int(d - '0'), true
	case 'a' <= d && d <= 'f':
		return int(d-'a') + 10, true
	case 'A' <= d && d <= 'F':
		return int(d-'A') + 10, true
	}
	return -1, false
}

// hexString reads pairs of hexadecimal digits as bytes, up to the first rune
// that does not start a pair.
func (s *scanState) hexString() string {
	s.notEOF()
	for {
		r := s.getRune()
		if r == eof {
			break
		}
		hi, ok := hexDigit(r)
		if !ok {
			s.UnreadRune()
			break
		}
		lo, ok := hexDigit(s.mustReadRune())
		if !ok {
			s.errorString("illegal hex digit")
		}
		s.buf = append(s.buf, byte(hi<<4|lo))
	}
	if len(s.buf) == 0 {
		s.errorString("no hex data for %x string")
	}
	return string(s.buf)
}

// scanFormat is Scanf: literal text of the format must match the input,
// verbs scan values.
func (s *scanState) scanFormat(format string, a []any) (n int, err error) {
	defer recoverScan(&err)
	end := len(format) - 1
	for i := 0; i <= end; {
		w := s.advance(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			// w < 0: the input did not match; w == 0: the input ended
			if w < 0 {
				s.errorString("input does not match format")
			}
			break
		}
		i++ // the %
		var widPresent bool
		s.maxWid, widPresent, i = parsenum(format, i, end)
		if !widPresent {
			s.maxWid = hugeWid
		}
		c, w := utf8.DecodeRuneInString(format[i:])
		i += w
		if c != 'c' {
			s.SkipSpace()
		}
		if c == '%' {
			s.SkipSpace()
			s.notEOF()
			if !s.accept("%") {
				s.errorString("missing literal %")
			}
			continue
		}
		s.argLimit = hugeWid
		if f := s.count + s.maxWid; f < s.argLimit {
			s.argLimit = f
		}
		if n >= len(a) {
			s.errorString("too few operands for format '%" + format[i-w:] + "'")
		}
		s.scanOne(c, a[n])
		n++
		s.argLimit = hugeWid
	}
	if n < len(a) {
		s.errorString("too many operands")
	}
	return
}

// advance matches the literal text at the start of format against the input
// and returns how many bytes of format it consumed: 0 at a verb (or when the
// input ended), -1 when the input does not match.
//
// A run of spaces in the format matches a run of spaces in the input (at
// least one, unless the input ends or the format run ends in a newline);
// newlines must match newlines, and spaces before a newline in either are
// skipped; "%%" is a literal percent.
func (s *scanState) advance(format string) (i int) {
	for i < len(format) {
		fmtc, w := utf8.DecodeRuneInString(format[i:])
		if isSpace(fmtc) {
			newlines := 0
			trailingSpace := false
			for isSpace(fmtc) && i < len(format) {
				if fmtc == '\n' {
					newlines++
					trailingSpace = false
				} else {
					trailingSpace = true
				}
				i += w
				fmtc, w = utf8.DecodeRuneInString(format[i:])
			}
			for j := 0; j < newlines; j++ {
				inputc := s.getRune()
				for isSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != '\n' && inputc != eof {
					s.errorString("newline in format does not match input")
				}
			}
			if trailingSpace {
				inputc := s.getRune()
				if newlines == 0 {
					// spaces alone in the format need at least one in the input
					if !isSpace(inputc) && inputc != eof {
						s.errorString("expected space in input to match format")
					}
					if inputc == '\n' {
						s.errorString("newline in input does not match format")
					}
				}
				for isSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != eof {
					s.UnreadRune()
				}
			}
			continue
		}
		if fmtc == '%' {
			if i+w == len(format) {
				s.errorString("missing verb: % at end of format string")
			}
			if nextc, _ := utf8.DecodeRuneInString(format[i+w:]); nextc != '%' {
				return
			}
			i += w // "%%": the second one is matched below
		}
		inputc := s.mustReadRune()
		if fmtc != inputc {
			s.UnreadRune()
			return -1
		}
		i += w
	}
	return
}
