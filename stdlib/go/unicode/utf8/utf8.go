// Package utf8 implements functions and constants to support text encoded in UTF-8.
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

// DecodeRuneInString unpacks the first UTF-8 encoding in s and returns the rune and
// its width in bytes. Invalid encodings give (RuneError, 1); empty input (RuneError, 0).
func DecodeRuneInString(s string) (rune, int) {
	n := len(s)
	if n < 1 {
		return RuneError, 0
	}
	c0 := s[0]
	if c0 < 0x80 {
		return rune(c0), 1
	}
	if c0 < 0xC2 || c0 > 0xF4 {
		return RuneError, 1
	}
	if c0 < 0xE0 {
		if n < 2 || s[1]&0xC0 != 0x80 {
			return RuneError, 1
		}
		return rune(c0&0x1F)<<6 | rune(s[1]&0x3F), 2
	}
	if c0 < 0xF0 {
		if n < 3 || s[1]&0xC0 != 0x80 || s[2]&0xC0 != 0x80 {
			return RuneError, 1
		}
		if c0 == 0xE0 && s[1] < 0xA0 || c0 == 0xED && s[1] > 0x9F {
			return RuneError, 1
		}
		return rune(c0&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	if n < 4 || s[1]&0xC0 != 0x80 || s[2]&0xC0 != 0x80 || s[3]&0xC0 != 0x80 {
		return RuneError, 1
	}
	if c0 == 0xF0 && s[1] < 0x90 || c0 == 0xF4 && s[1] > 0x8F {
		return RuneError, 1
	}
	return rune(c0&0x07)<<18 | rune(s[1]&0x3F)<<12 | rune(s[2]&0x3F)<<6 | rune(s[3]&0x3F), 4
}

// DecodeRune is DecodeRuneInString for a byte slice.
func DecodeRune(p []byte) (rune, int) {
	return DecodeRuneInString(string(p))
}

// DecodeLastRuneInString unpacks the last UTF-8 encoding in s.
func DecodeLastRuneInString(s string) (rune, int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if s[start] < RuneSelf {
		return rune(s[start]), 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if s[start]&0xC0 != 0x80 {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size := DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// EncodeRune writes into p (which must be large enough) the UTF-8 encoding of the
// rune and returns the number of bytes written.
func EncodeRune(p []byte, r rune) int {
	s := string(r)
	copy(p, s)
	return len(s)
}

// AppendRune appends the UTF-8 encoding of r to the end of p.
func AppendRune(p []byte, r rune) []byte {
	return append(p, string(r)...)
}

// RuneCountInString returns the number of runes in s.
func RuneCountInString(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

// RuneCount returns the number of runes in p.
func RuneCount(p []byte) int {
	return RuneCountInString(string(p))
}

// ValidString reports whether s consists entirely of valid UTF-8-encoded runes.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// Valid reports whether p consists entirely of valid UTF-8-encoded runes.
func Valid(p []byte) bool {
	return ValidString(string(p))
}

// ValidRune reports whether r can be legally encoded as UTF-8.
func ValidRune(r rune) bool {
	return 0 <= r && r < surrogateMin || surrogateMax < r && r <= MaxRune
}

// RuneStart reports whether the byte could be the first byte of an encoded rune.
func RuneStart(b byte) bool {
	return b&0xC0 != 0x80
}

// FullRuneInString reports whether s begins with a full UTF-8 encoding of a rune.
func FullRuneInString(s string) bool {
	r, size := DecodeRuneInString(s)
	return !(r == RuneError && size == 1 && len(s) < UTFMax && len(s) > 0 && s[0] >= 0xC2)
}
