// Package utf8 implements functions and constants to support text encoded in UTF-8.
//
// Each function exists for strings and for byte slices (DecodeRuneInString and
// DecodeRune, ...); both are one generic body over `string | []byte`, so a
// []byte is never copied into a string to be decoded.
package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// RuneLen returns the number of bytes in the UTF-8 encoding of the rune, or -1 if
// the rune is not a valid value to encode in UTF-8.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// bytesOrString is the input of the functions that come in both forms.
type bytesOrString interface{ string | []byte }

// secondByte returns the range of the second byte of an encoding led by c0:
// narrower than 0x80..0xBF after 0xE0 (overlong), 0xED (surrogates), 0xF0
// (overlong) and 0xF4 (beyond MaxRune).
func secondByte(c0 byte) (lo, hi byte) {
	switch c0 {
	case 0xE0:
		return 0xA0, 0xBF
	case 0xED:
		return 0x80, 0x9F
	case 0xF0:
		return 0x90, 0xBF
	case 0xF4:
		return 0x80, 0x8F
	}
	return 0x80, 0xBF
}

// width returns the length of the encoding a leading byte c0 announces, 0 if c0
// cannot start one.
func width(c0 byte) int {
	switch {
	case c0 < 0x80:
		return 1
	case c0 < 0xC2 || c0 > 0xF4:
		return 0
	case c0 < 0xE0:
		return 2
	case c0 < 0xF0:
		return 3
	}
	return 4
}

// decode is DecodeRune and DecodeRuneInString.
func decode[S bytesOrString](s S) (rune, int) {
	// ASCII first, small enough to be inlined into callers
	if len(s) > 0 && s[0] < RuneSelf {
		return rune(s[0]), 1
	}
	return decodeMulti(s)
}

// decodeMulti is decode of anything but an ASCII byte.
func decodeMulti[S bytesOrString](s S) (rune, int) {
	n := len(s)
	if n < 1 {
		return RuneError, 0
	}
	c0 := s[0]
	w := width(c0)
	switch {
	case w == 1:
		return rune(c0), 1
	case w == 0 || n < w:
		return RuneError, 1
	}
	lo, hi := secondByte(c0)
	if s[1] < lo || hi < s[1] {
		return RuneError, 1
	}
	r := rune(c0&(0x7F>>w))<<6 | rune(s[1]&0x3F)
	for i := 2; i < w; i++ {
		if s[i]&0xC0 != 0x80 {
			return RuneError, 1
		}
		r = r<<6 | rune(s[i]&0x3F)
	}
	return r, w
}

// DecodeRuneInString unpacks the first UTF-8 encoding in s and returns the rune and
// its width in bytes. Invalid encodings give (RuneError, 1); empty input (RuneError, 0).
func DecodeRuneInString(s string) (rune, int) { return decode(s) }

// DecodeRune is DecodeRuneInString for a byte slice.
func DecodeRune(p []byte) (rune, int) { return decode(p) }

// decodeLast is DecodeLastRune and DecodeLastRuneInString.
func decodeLast[S bytesOrString](s S) (rune, int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if s[start] < RuneSelf {
		return rune(s[start]), 1
	}
	// back up over at most UTFMax-1 continuation bytes to a leading byte
	lim := max(end-UTFMax, 0)
	for start--; start >= lim; start-- {
		if RuneStart(s[start]) {
			break
		}
	}
	start = max(start, 0)
	r, size := decode(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString unpacks the last UTF-8 encoding in s and returns the
// rune and its width in bytes.
func DecodeLastRuneInString(s string) (rune, int) { return decodeLast(s) }

// DecodeLastRune unpacks the last UTF-8 encoding in p and returns the rune and
// its width in bytes.
func DecodeLastRune(p []byte) (rune, int) { return decodeLast(p) }

// EncodeRune writes into p (which must be large enough) the UTF-8 encoding of the
// rune and returns the number of bytes written. An invalid rune is written as
// RuneError.
func EncodeRune(p []byte, r rune) int {
	if uint32(r) < RuneSelf {
		p[0] = byte(r)
		return 1
	}
	if !ValidRune(r) {
		r = RuneError
	}
	n := RuneLen(r)
	_ = p[n-1]
	for i := n - 1; i > 0; i-- {
		p[i] = 0x80 | byte(r)&0x3F
		r >>= 6
	}
	lead := 0xF00 >> n // the leading byte: n ones, a zero, then the payload
	p[0] = byte(lead) | byte(r)
	return n
}

// AppendRune appends the UTF-8 encoding of r to the end of p.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < RuneSelf {
		return append(p, byte(r))
	}
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

// runeCount is RuneCount and RuneCountInString.
func runeCount[S bytesOrString](s S) int {
	n := 0
	for i := 0; i < len(s); n++ {
		if s[i] < RuneSelf {
			i++
			continue
		}
		_, size := decode(s[i:])
		i += size
	}
	return n
}

// RuneCountInString returns the number of runes in s; an invalid encoding
// counts as one rune per byte.
func RuneCountInString(s string) int { return runeCount(s) }

// RuneCount returns the number of runes in p.
func RuneCount(p []byte) int { return runeCount(p) }

// valid is Valid and ValidString.
func valid[S bytesOrString](s S) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := decode(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidString reports whether s consists entirely of valid UTF-8-encoded runes.
func ValidString(s string) bool { return valid(s) }

// Valid reports whether p consists entirely of valid UTF-8-encoded runes.
func Valid(p []byte) bool { return valid(p) }

// ValidRune reports whether r can be legally encoded as UTF-8.
func ValidRune(r rune) bool {
	return 0 <= r && r < surrogateMin || surrogateMax < r && r <= MaxRune
}

// RuneStart reports whether the byte could be the first byte of an encoded rune.
func RuneStart(b byte) bool {
	return b&0xC0 != 0x80
}

// fullRune is FullRune and FullRuneInString: an invalid encoding counts as a
// full rune (it decodes as a one-byte RuneError); only a valid prefix cut short
// does not.
func fullRune[S bytesOrString](s S) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	w := width(s[0])
	if w <= 1 || n >= w {
		return true
	}
	if lo, hi := secondByte(s[0]); n > 1 && (s[1] < lo || hi < s[1]) {
		return true
	}
	if n > 2 && s[2]&0xC0 != 0x80 {
		return true
	}
	return false
}

// FullRuneInString reports whether s begins with a full UTF-8 encoding of a rune.
func FullRuneInString(s string) bool { return fullRune(s) }

// FullRune reports whether p begins with a full UTF-8 encoding of a rune.
func FullRune(p []byte) bool { return fullRune(p) }
