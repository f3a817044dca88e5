// Package unicode provides functions to test properties of Unicode code points.
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool

// IsDigit reports whether the rune is a decimal digit (category Nd).
func IsDigit(r rune) bool

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool

// IsSpace reports whether the rune is a space character as defined by Go's IsSpace.
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return isSpace(r)
}

func isSpace(r rune) bool

// IsUpper reports whether the rune is an upper case letter.
func IsUpper(r rune) bool

// IsLower reports whether the rune is a lower case letter.
func IsLower(r rune) bool

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool

// IsPunct reports whether the rune is a Unicode punctuation character (category P).
func IsPunct(r rune) bool

// IsControl reports whether the rune is a control character.
func IsControl(r rune) bool {
	return uint32(r) < 0x20 || 0x7F <= r && r < 0xA0
}

// IsPrint reports whether the rune is printable by Go's definition.
func IsPrint(r rune) bool

// IsGraphic reports whether the rune is a graphic character.
func IsGraphic(r rune) bool {
	return IsPrint(r) || r == '\u3000' || r == '\u00a0' || r == '\u2000' || r == '\u2001' || r == '\u2002' || r == '\u2003' || r == '\u2004' || r == '\u2005' || r == '\u2006' || r == '\u2008' || r == '\u2009' || r == '\u200a' || r == '\u205f'
}

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune {
	if r < 0x80 {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(UpperCase, r)
}

// ToLower maps the rune to lower case.
func ToLower(r rune) rune {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return To(LowerCase, r)
}

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune {
	if r < 0x80 {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(TitleCase, r)
}
