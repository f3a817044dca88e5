package strconv

// FormatComplex converts the complex number c to a string of the form (a+bi),
// with a and b formatted by FormatFloat with fmt and prec. bitSize is 64 for
// complex64 and 128 for complex128.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize >>= 1 // the size of each part
	im := FormatFloat(imag(c), fmt, prec, bitSize)
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + FormatFloat(real(c), fmt, prec, bitSize) + im + "i)"
}

// ParseComplex converts the string s to a complex number with the precision
// specified by bitSize: 64 for complex64, or 128 for complex128. s has the form
// N, Ni or N±Ni, each N a floating-point number as ParseFloat accepts, optionally
// in parentheses. A part out of range gives ±Inf in that part and an error
// with Err = ErrRange.
func ParseComplex(s string, bitSize int) (complex128, error) {
	const fn = "ParseComplex"
	size := 64
	if bitSize == 64 {
		size = 32
	}
	orig := s
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	var pending error // a range error, reported if nothing worse follows
	part := func() (float64, bool) {
		n, ok := floatPrefix(s)
		if !ok {
			return 0, false
		}
		f, code := parseFloat(s[:n], size)
		if code == 1 {
			return 0, false
		}
		if code == 2 {
			pending = rangeError(fn, orig)
		}
		s = s[n:]
		return f, true
	}
	re, ok := part()
	if !ok {
		return 0, syntaxError(fn, orig)
	}
	if len(s) == 0 {
		return complex(re, 0), pending
	}
	switch s[0] {
	case '+':
		// the imaginary part's sign is the '+' unless it starts "++"; skipping
		// it lets "+NaNi" parse
		if len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
	case '-':
	case 'i':
		if len(s) == 1 {
			return complex(0, re), pending
		}
		return 0, syntaxError(fn, orig)
	default:
		return 0, syntaxError(fn, orig)
	}
	im, ok := part()
	if !ok || s != "i" {
		return 0, syntaxError(fn, orig)
	}
	return complex(re, im), pending
}

// floatPrefix returns the length of the longest prefix of s that has the syntax
// of a floating-point number (ParseFloat's: decimal or 0x-hexadecimal with a p
// exponent, underscores between digits, Inf, Infinity, NaN), and whether there
// is one.
func floatPrefix(s string) (int, bool) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	if n := prefixFold(s[i:], "infinity"); n >= 3 {
		if n < 8 {
			n = 3
		}
		return i + n, true
	}
	if i == 0 && prefixFold(s, "nan") == 3 {
		return 3, true
	}
	base, expChar := 10, byte('e')
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		base, expChar = 16, 'p'
		i += 2
	}
	digits, dot, underscores := false, false, false
mantissa:
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_':
			underscores = true
		case c == '.' && !dot:
			dot = true
		case '0' <= c && c <= '9', base == 16 && 'a' <= lower(c) && lower(c) <= 'f':
			digits = true
		default:
			break mantissa
		}
	}
	if !digits {
		return 0, false
	}
	if i < len(s) && lower(s[i]) == expChar {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		for i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_') {
			if s[i] == '_' {
				underscores = true
			}
			i++
		}
	} else if base == 16 {
		return 0, false
	}
	if underscores && !underscoreOK(s[:i]) {
		return 0, false
	}
	return i, true
}

// prefixFold returns the length of the common prefix of s and the lower-case
// word, ignoring case.
func prefixFold(s, word string) int {
	n := 0
	for n < len(s) && n < len(word) && lower(s[n]) == word[n] {
		n++
	}
	return n
}
