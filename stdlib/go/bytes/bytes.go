// Package bytes implements functions for the manipulation of byte slices, the
// counterparts of package strings' functions, and the Buffer and Reader types.
//
// Results alias their arguments where Go's do: Split, Fields, Trim and Cut
// return sub-slices of s (Split's and Fields' capped at their length, so an
// append to one cannot overwrite the next), while Replace, Map, ToUpper, Join and
// Repeat always return new slices.
package bytes

import (
	"internal/bytealg"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// MinRead is the minimum slice size passed to a Read call by Buffer.ReadFrom.
const MinRead = 512

const maxInt = int(^uint(0) >> 1)

// Equal reports whether a and b are the same length and contain the same bytes.
// A nil argument is equivalent to an empty slice.
func Equal(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Compare returns an integer comparing two byte slices lexicographically: 0 if
// a == b, -1 if a < b, and +1 if a > b. A nil argument is an empty slice.
func Compare(a, b []byte) int {
	// the bytes in place, as strings: the runtime's comparison of strings
	x := unsafe.String(unsafe.SliceData(a), len(a))
	y := unsafe.String(unsafe.SliceData(b), len(b))
	switch {
	case x == y:
		return 0
	case x < y:
		return -1
	}
	return +1
}

// Clone returns a copy of b[:len(b)]; the result may have additional unused
// capacity. Clone(nil) returns nil.
func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

// hasPrefixAt reports whether s[i:] begins with sep.
func hasPrefixAt(s []byte, i int, sep []byte) bool {
	if len(s)-i < len(sep) {
		return false
	}
	for j := range sep {
		if s[i+j] != sep[j] {
			return false
		}
	}
	return true
}

// Index returns the index of the first instance of sep in s, or -1.
func Index(s, sep []byte) int {
	n := len(sep)
	switch {
	case n == 0:
		return 0
	case n == 1:
		return IndexByte(s, sep[0])
	case n > len(s):
		return -1
	}
	// as strings.Index: candidates by their first byte, each position when
	// too many are false
	first, last, fails := sep[0], len(s)-n, 0
	for i := 0; i <= last; i++ {
		if fails > 4+i>>4 {
			if s[i] == first && hasPrefixAt(s, i, sep) {
				return i
			}
			continue
		}
		j := bytealg.IndexByte(s[i:last+1], first)
		if j < 0 {
			return -1
		}
		i += j
		if hasPrefixAt(s, i, sep) {
			return i
		}
		fails++
	}
	return -1
}

// IndexByte returns the index of the first instance of c in b, or -1.
func IndexByte(b []byte, c byte) int {
	return bytealg.IndexByte(b, c)
}

// IndexRune interprets s as UTF-8 and returns the index of the first occurrence
// of r, or -1. utf8.RuneError matches the first invalid sequence too; an invalid
// rune matches nothing.
func IndexRune(s []byte, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case !utf8.ValidRune(r):
		return -1
	}
	for i := 0; i < len(s); {
		c, size := utf8.DecodeRune(s[i:])
		if c == r {
			return i
		}
		i += size
	}
	return -1
}

// IndexAny returns the byte index of the first occurrence in s of any of the
// code points in chars, or -1. An invalid encoding in s decodes as
// utf8.RuneError, which matches a U+FFFD in chars.
func IndexAny(s []byte, chars string) int {
	return IndexFunc(s, func(r rune) bool { return containsRune(chars, r) })
}

// LastIndexAny returns the byte index of the last occurrence in s of any of the
// code points in chars, or -1.
func LastIndexAny(s []byte, chars string) int {
	return LastIndexFunc(s, func(r rune) bool { return containsRune(chars, r) })
}

func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}

// IndexFunc returns the byte index in s of the first code point satisfying f, or -1.
func IndexFunc(s []byte, f func(r rune) bool) int { return indexFunc(s, f, true) }

// LastIndexFunc returns the byte index in s of the last code point satisfying f, or -1.
func LastIndexFunc(s []byte, f func(r rune) bool) int { return lastIndexFunc(s, f, true) }

// indexFunc is IndexFunc with the sense of f chosen by truth.
func indexFunc(s []byte, f func(r rune) bool, truth bool) int {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		if f(r) == truth {
			return i
		}
		i += size
	}
	return -1
}

// lastIndexFunc is LastIndexFunc with the sense of f chosen by truth.
func lastIndexFunc(s []byte, f func(r rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRune(s[0:i])
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// LastIndex returns the index of the last instance of sep in s, or -1.
func LastIndex(s, sep []byte) int {
	n := len(sep)
	if n == 0 {
		return len(s)
	}
	for i := len(s) - n; i >= 0; i-- {
		if hasPrefixAt(s, i, sep) {
			return i
		}
	}
	return -1
}

// LastIndexByte returns the index of the last instance of c in s, or -1.
func LastIndexByte(s []byte, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// Contains reports whether subslice is within b.
func Contains(b, subslice []byte) bool { return Index(b, subslice) != -1 }

// ContainsAny reports whether any of the UTF-8-encoded code points in chars are within b.
func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }

// ContainsRune reports whether the rune is contained in the UTF-8-encoded byte slice b.
func ContainsRune(b []byte, r rune) bool { return IndexRune(b, r) >= 0 }

// ContainsFunc reports whether any of the UTF-8-encoded code points r within b satisfy f(r).
func ContainsFunc(b []byte, f func(rune) bool) bool { return IndexFunc(b, f) >= 0 }

// Count counts the number of non-overlapping instances of sep in s. If sep is
// empty, Count returns 1 + the number of UTF-8-encoded code points in s.
func Count(s, sep []byte) int {
	if len(sep) == 0 {
		return utf8.RuneCount(s) + 1
	}
	n := 0
	for {
		i := Index(s, sep)
		if i == -1 {
			return n
		}
		n++
		s = s[i+len(sep):]
	}
}

// HasPrefix reports whether the byte slice s begins with prefix.
func HasPrefix(s, prefix []byte) bool { return hasPrefixAt(s, 0, prefix) }

// HasSuffix reports whether the byte slice s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && Equal(s[len(s)-len(suffix):], suffix)
}

// Cut slices s around the first instance of sep, returning the text before and
// after sep and whether sep was found; if not, it returns s, nil, false.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// CutLast slices s around the last instance of sep; if sep is not found it
// returns s, nil, false.
func CutLast(s, sep []byte) (before, after []byte, found bool) {
	if i := LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// CutPrefix returns s without the provided leading prefix and whether it found it.
func CutPrefix(s, prefix []byte) (after []byte, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without the provided ending suffix and whether it found it.
func CutSuffix(s, suffix []byte) (before []byte, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// explode splits s into a slice of UTF-8 sequences, one per Unicode code point
// (still slices of bytes), up to a maximum of n byte slices.
func explode(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	a := make([][]byte, n)
	var size int
	na := 0
	for len(s) > 0 {
		if na+1 >= n {
			a[na] = s
			na++
			break
		}
		_, size = utf8.DecodeRune(s)
		a[na] = s[0:size:size]
		s = s[size:]
		na++
	}
	return a[0:na]
}

// genSplit splits s after each instance of sep, including sepSave bytes of sep
// in the subslices; each subslice's capacity is its length.
func genSplit(s, sep []byte, sepSave, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([][]byte, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[: m+sepSave : m+sepSave]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

// SplitN slices s into subslices separated by sep, at most n of them (all if n < 0).
func SplitN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, 0, n) }

// SplitAfterN is SplitN keeping the separators.
func SplitAfterN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, len(sep), n) }

// Split slices s into all subslices separated by sep.
func Split(s, sep []byte) [][]byte { return genSplit(s, sep, 0, -1) }

// SplitAfter slices s into all subslices after each instance of sep.
func SplitAfter(s, sep []byte) [][]byte { return genSplit(s, sep, len(sep), -1) }

// Fields splits s around each run of white space (unicode.IsSpace).
func Fields(s []byte) [][]byte { return FieldsFunc(s, unicode.IsSpace) }

// FieldsFunc splits s at each run of code points satisfying f.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	var spans [][2]int
	start := -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		if f(r) {
			if start >= 0 {
				spans = append(spans, [2]int{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		spans = append(spans, [2]int{start, len(s)})
	}
	a := make([][]byte, len(spans))
	for i, span := range spans {
		a[i] = s[span[0]:span[1]:span[1]]
	}
	return a
}

// Join concatenates the elements of s to create a new byte slice, with sep
// placed between them.
func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	if len(s) == 1 {
		return append([]byte(nil), s[0]...)
	}
	n := len(sep) * (len(s) - 1)
	for _, v := range s {
		n += len(v)
	}
	b := make([]byte, 0, n)
	b = append(b, s[0]...)
	for _, v := range s[1:] {
		b = append(b, sep...)
		b = append(b, v...)
	}
	return b
}

// Repeat returns a new byte slice consisting of count copies of b.
func Repeat(b []byte, count int) []byte {
	if count == 0 {
		return []byte{}
	}
	if count < 0 {
//line bytes.go:638
		panic("bytes: negative Repeat count")
	}
	if len(b) > maxInt/count {
//line bytes.go:642
		panic("bytes: Repeat output length overflow")
	}
	n := len(b) * count
	nb := make([]byte, n)
	done := copy(nb, b)
	for done < n { // doubling copies, as strings.Repeat
		done += copy(nb[done:], nb[:done])
	}
	return nb
}

// Replace returns a copy of s with the first n non-overlapping instances of old
// replaced by new (all of them if n < 0).
func Replace(s, old, new []byte, n int) []byte {
	m := 0
	if n != 0 {
		m = Count(s, old)
	}
	if m == 0 {
		return append([]byte(nil), s...)
	}
	if n < 0 || m < n {
		n = m
	}
	t := make([]byte, len(s)+n*(len(new)-len(old)))
	w := 0
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, wid := utf8.DecodeRune(s[start:])
				j += wid
			}
		} else {
			j += Index(s[start:], old)
		}
		w += copy(t[w:], s[start:j])
		w += copy(t[w:], new)
		start = j + len(old)
	}
	w += copy(t[w:], s[start:])
	return t[0:w]
}

// ReplaceAll returns a copy of s with all non-overlapping instances of old replaced by new.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// Map returns a copy of s with every character modified by mapping; a negative
// result drops the character.
func Map(mapping func(r rune) rune, s []byte) []byte {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, wid := utf8.DecodeRune(s[i:])
		r = mapping(r)
		if r >= 0 {
			b = utf8.AppendRune(b, r)
		}
		i += wid
	}
	return b
}

// asciiCase returns a copy of s with the ASCII letters in [lo, hi] shifted by
// delta, and whether s was all ASCII (nil result otherwise).
func asciiCase(s []byte, lo, hi byte, delta int) ([]byte, bool) {
	for _, c := range s {
		if c >= utf8.RuneSelf {
			return nil, false
		}
	}
	b := make([]byte, len(s))
	for i, c := range s {
		if lo <= c && c <= hi {
			c = byte(int(c) + delta)
		}
		b[i] = c
	}
	return b, true
}

// ToUpper returns a copy of s with all Unicode letters mapped to their upper case.
func ToUpper(s []byte) []byte {
	if b, ok := asciiCase(s, 'a', 'z', 'A'-'a'); ok {
		return b
	}
	return Map(unicode.ToUpper, s)
}

// ToLower returns a copy of s with all Unicode letters mapped to their lower case.
func ToLower(s []byte) []byte {
	if b, ok := asciiCase(s, 'A', 'Z', 'a'-'A'); ok {
		return b
	}
	return Map(unicode.ToLower, s)
}

// ToTitle returns a copy of s with all Unicode letters mapped to their title case.
func ToTitle(s []byte) []byte { return Map(unicode.ToTitle, s) }

// Title returns a copy of s with the first letter of each word mapped to title case.
//
// Deprecated: as in Go, it does not handle Unicode punctuation properly.
func Title(s []byte) []byte {
	prev := ' '
	return Map(func(r rune) rune {
		if isSeparator(prev) {
			prev = r
			return unicode.ToTitle(r)
		}
		prev = r
		return r
	}, s)
}

// isSeparator reports whether r separates words for Title.
func isSeparator(r rune) bool {
	if r <= 0x7F {
		switch {
		case '0' <= r && r <= '9', 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', r == '_':
			return false
		}
		return true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// ToValidUTF8 returns a copy of s with each run of invalid UTF-8 byte sequences
// replaced by replacement.
func ToValidUTF8(s, replacement []byte) []byte {
	b := make([]byte, 0, len(s)+len(replacement))
	invalid := false // previous byte was from an invalid UTF-8 sequence
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			invalid = false
			b = append(b, c)
			continue
		}
		_, wid := utf8.DecodeRune(s[i:])
		if wid == 1 {
			i++
			if !invalid {
				invalid = true
				b = append(b, replacement...)
			}
			continue
		}
		invalid = false
		b = append(b, s[i:i+wid]...)
		i += wid
	}
	return b
}

// Runes interprets s as UTF-8 and returns a slice of its code points.
func Runes(s []byte) []rune {
	t := make([]rune, utf8.RuneCount(s))
	i := 0
	for len(s) > 0 {
		r, l := utf8.DecodeRune(s)
		t[i] = r
		i++
		s = s[l:]
	}
	return t
}

// TrimLeftFunc returns s without the leading code points satisfying f (nil if
// nothing remains).
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := indexFunc(s, f, false)
	if i == -1 {
		return nil
	}
	return s[i:]
}

// TrimRightFunc returns s without the trailing code points satisfying f.
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, wid := utf8.DecodeRune(s[i:])
		i += wid
	} else {
		i++
	}
	return s[0:i]
}

// TrimFunc returns s without the leading and trailing code points satisfying f.
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimSpace returns s without leading and trailing white space (nil if it was
// all white space).
func TrimSpace(s []byte) []byte {
	start := 0
	for ; start < len(s); start++ {
		c := s[start]
		if c >= utf8.RuneSelf {
			return TrimFunc(s[start:], unicode.IsSpace)
		}
		if !isASCIISpace(c) {
			break
		}
	}
	stop := len(s)
	for ; stop > start; stop-- {
		c := s[stop-1]
		if c >= utf8.RuneSelf {
			return TrimFunc(s[start:stop], unicode.IsSpace)
		}
		if !isASCIISpace(c) {
			break
		}
	}
	if start == stop {
		return nil
	}
	return s[start:stop]
}

func isASCIISpace(c byte) bool {
	return c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c == ' '
}

// Trim returns s without the leading and trailing code points in cutset.
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return TrimRight(TrimLeft(s, cutset), cutset)
}

// TrimLeft returns s without the leading code points in cutset (nil if nothing remains).
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return TrimLeftFunc(s, func(r rune) bool { return containsRune(cutset, r) })
}

// TrimRight returns s without the trailing code points in cutset.
func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	return TrimRightFunc(s, func(r rune) bool { return containsRune(cutset, r) })
}

// TrimPrefix returns s without the provided leading prefix.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the provided trailing suffix.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// EqualFold reports whether s and t, interpreted as UTF-8, are equal under
// simple Unicode case-folding.
func EqualFold(s, t []byte) bool {
	// strings.EqualFold keeps neither string: they can view s and t
	return strings.EqualFold(unsafe.String(unsafe.SliceData(s), len(s)), unsafe.String(unsafe.SliceData(t), len(t)))
}

// ToUpperSpecial treats s as UTF-8-encoded bytes and returns a copy with all
// the Unicode letters mapped to their upper case, giving priority to the
// special casing rules.
func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToUpper, s) }

// ToLowerSpecial treats s as UTF-8-encoded bytes and returns a copy with all
// the Unicode letters mapped to their lower case, giving priority to the
// special casing rules.
func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToLower, s) }

// ToTitleSpecial treats s as UTF-8-encoded bytes and returns a copy with all
// the Unicode letters mapped to their title case, giving priority to the
// special casing rules.
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToTitle, s) }
