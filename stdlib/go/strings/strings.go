// Package strings implements simple functions to manipulate UTF-8 encoded strings.
package strings

import (
	"internal/bytealg"
	"io"
	"unicode"
	"unicode/utf8"
)

// Index returns the index of the first instance of substr in s, or -1.
func Index(s, substr string) int {
	n := len(substr)
	switch {
	case n == 0:
		return 0
	case n == 1:
		return IndexByte(s, substr[0])
	case n > len(s):
		return -1
	}
	// candidates are found by their first byte, a vectorised search; when
	// too many turn out false (as Go judges it) each position is compared
	first, last, fails := substr[0], len(s)-n, 0
	for i := 0; i <= last; i++ {
		if fails > 4+i>>4 {
			if s[i] == first && s[i:i+n] == substr {
				return i
			}
			continue
		}
		j := bytealg.IndexByteString(s[i:last+1], first)
		if j < 0 {
			return -1
		}
		i += j
		if s[i:i+n] == substr {
			return i
		}
		fails++
	}
	return -1
}

// IndexByte returns the index of the first instance of c in s, or -1.
func IndexByte(s string, c byte) int {
	return bytealg.IndexByteString(s, c)
}

// IndexRune returns the index of the first instance of the rune r, or -1.
func IndexRune(s string, r rune) int {
	if 0 <= r && r < utf8.RuneSelf {
		return IndexByte(s, byte(r))
	}
	for i, c := range s {
		if c == r {
			return i
		}
	}
	return -1
}

// IndexAny returns the index of the first instance of any rune of chars in s, or -1.
func IndexAny(s, chars string) int {
	for i, c := range s {
		if IndexRune(chars, c) >= 0 {
			return i
		}
	}
	return -1
}

// IndexFunc returns the index of the first rune satisfying f, or -1.
func IndexFunc(s string, f func(rune) bool) int {
	for i, c := range s {
		if f(c) {
			return i
		}
	}
	return -1
}

// LastIndex returns the index of the last instance of substr in s, or -1.
func LastIndex(s, substr string) int {
	n := len(substr)
	if n == 0 {
		return len(s)
	}
	for i := len(s) - n; i >= 0; i-- {
		if s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// LastIndexByte returns the index of the last instance of c in s, or -1.
func LastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// LastIndexAny returns the index of the last instance of any rune of chars, or -1.
func LastIndexAny(s, chars string) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if IndexRune(chars, r) >= 0 {
			return i
		}
	}
	return -1
}

// LastIndexFunc returns the index of the last rune satisfying f, or -1.
func LastIndexFunc(s string, f func(rune) bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if f(r) {
			return i
		}
	}
	return -1
}

// Clone returns a fresh copy of s (the empty string for an empty s).
func Clone(s string) string {
	if len(s) == 0 {
		return ""
	}
	b := make([]byte, len(s))
	copy(b, s)
	return bytesString(b)
}

// Contains reports whether substr is within s.
func Contains(s, substr string) bool {
	return Index(s, substr) >= 0
}

// ContainsRune reports whether the rune r is within s.
func ContainsRune(s string, r rune) bool {
	return IndexRune(s, r) >= 0
}

// ContainsAny reports whether any rune of chars is within s.
func ContainsAny(s, chars string) bool {
	return IndexAny(s, chars) >= 0
}

// ContainsFunc reports whether any rune of s satisfies f.
func ContainsFunc(s string, f func(rune) bool) bool {
	return IndexFunc(s, f) >= 0
}

// Count counts the non-overlapping instances of substr in s. If substr is empty,
// Count returns 1 + the number of runes in s.
func Count(s, substr string) int {
	if len(substr) == 0 {
		return utf8.RuneCountInString(s) + 1
	}
	n := 0
	for {
		i := Index(s, substr)
		if i == -1 {
			return n
		}
		n++
		s = s[i+len(substr):]
	}
}

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// CutPrefix returns s without the provided leading prefix string and whether it
// found the prefix.
func CutPrefix(s, prefix string) (after string, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without the provided ending suffix string and whether it
// found the suffix.
func CutSuffix(s, suffix string) (before string, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// Cut slices s around the first instance of sep.
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// CutLast slices s around the last instance of sep.
func CutLast(s, sep string) (before, after string, found bool) {
	if i := LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// explode splits s into a slice of UTF-8 strings, one string per rune, up to n.
func explode(s string, n int) []string {
	l := utf8.RuneCountInString(s)
	if n < 0 || n > l {
		n = l
	}
	a := make([]string, n)
	for i := 0; i < n-1; i++ {
		_, size := utf8.DecodeRuneInString(s)
		a[i] = s[:size]
		s = s[size:]
	}
	if n > 0 {
		a[n-1] = s
	}
	return a
}

func genSplit(s, sep string, sepSave, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([]string, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[:m+sepSave]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

// SplitN slices s into substrings separated by sep, at most n of them.
func SplitN(s, sep string, n int) []string { return genSplit(s, sep, 0, n) }

// SplitAfterN is SplitN keeping the separators.
func SplitAfterN(s, sep string, n int) []string { return genSplit(s, sep, len(sep), n) }

// Split slices s into all substrings separated by sep.
func Split(s, sep string) []string { return genSplit(s, sep, 0, -1) }

// SplitAfter slices s after each instance of sep.
func SplitAfter(s, sep string) []string { return genSplit(s, sep, len(sep), -1) }

// Fields splits s around runs of white space.
func Fields(s string) []string {
	// ASCII text is split here, in two passes over its bytes (count, then
	// cut); a byte beyond ASCII may start a Unicode space: FieldsFunc then
	n, inField := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return FieldsFunc(s, unicode.IsSpace)
		}
		if !asciiSpace[c] && !inField {
			n++
		}
		inField = !asciiSpace[c]
	}
	a := make([]string, n)
	n, start := 0, -1
	for i := 0; i < len(s); i++ {
		if !asciiSpace[s[i]] {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			a[n] = s[start:i]
			n, start = n+1, -1
		}
	}
	if start >= 0 {
		a[n] = s[start:]
	}
	return a
}

// asciiSpace marks the bytes below utf8.RuneSelf that unicode.IsSpace accepts.
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// FieldsFunc splits s at each run of runes satisfying f. It calls f once per
// rune, and its result has no spare capacity (as Go's).
func FieldsFunc(s string, f func(rune) bool) []string {
	type span struct{ start, end int }
	spans := make([]span, 0, 32)
	start := -1
	for i, r := range s {
//line strings.go:437
		if f(r) {
			if start >= 0 {
				spans = append(spans, span{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		spans = append(spans, span{start, len(s)})
	}
	a := make([]string, len(spans))
	for i, sp := range spans {
		a[i] = s[sp.start:sp.end]
	}
	return a
}

// Join concatenates the elements of elems, with sep between them.
func Join(elems []string, sep string) string {
	switch len(elems) {
	case 0:
		return ""
	case 1:
		return elems[0]
	}
	n := len(sep) * (len(elems) - 1)
	for _, e := range elems {
		n += len(e)
	}
	var b Builder
	b.Grow(n)
	b.WriteString(elems[0])
	for _, s := range elems[1:] {
		b.WriteString(sep)
		b.WriteString(s)
	}
	return b.String()
}

// maxInt is the largest int.
const maxInt = int(^uint(0) >> 1)

// Repeat returns a new string consisting of count copies of s.
func Repeat(s string, count int) string {
	if count < 0 {
//line strings.go:609
		panic("strings: negative Repeat count")
	}
	if len(s) == 0 || count == 0 {
		return ""
	}
	if len(s) > maxInt/count {
//line strings.go:613
		panic("strings: Repeat output length overflow")
	}
	// as Go's: copy what is built so far, doubling it, so that a long result
	// takes a few large copies instead of count small appends
	n := len(s) * count
	b := make([]byte, n)
	done := copy(b, s)
	for done < n {
		done += copy(b[done:], b[:done])
	}
	return bytesString(b) // b is this string's alone
}

// Replace returns a copy of s with the first n non-overlapping instances of old
// replaced by new (all of them if n < 0).
func Replace(s, old, new string, n int) string {
	if old == new || n == 0 {
		return s
	}
	if m := Count(s, old); m == 0 {
		return s
	} else if n < 0 || m < n {
		n = m
	}
	var b Builder
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, wid := utf8.DecodeRuneInString(s[start:])
				j += wid
			}
		} else {
			j += Index(s[start:], old)
		}
		b.WriteString(s[start:j])
		b.WriteString(new)
		start = j + len(old)
	}
	b.WriteString(s[start:])
	return b.String()
}

// ReplaceAll returns a copy of s with all non-overlapping instances of old replaced.
func ReplaceAll(s, old, new string) string {
	return Replace(s, old, new, -1)
}

// Map returns s with every rune modified by mapping; negative results drop the rune.
func Map(mapping func(rune) rune, s string) string {
	var b Builder
	for _, c := range s {
		r := mapping(c)
		if r >= 0 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// ToUpper returns s with all Unicode letters mapped to their upper case.
func ToUpper(s string) string {
	isASCII, hasLower := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			isASCII = false
			break
		}
		hasLower = hasLower || ('a' <= c && c <= 'z')
	}
	if isASCII {
		if !hasLower {
			return s
		}
		b := make([]byte, len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			b[i] = c
		}
		return bytesString(b) // b is this string's alone
	}
	return Map(unicode.ToUpper, s)
}

// ToLower returns s with all Unicode letters mapped to their lower case.
func ToLower(s string) string {
	isASCII, hasUpper := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			isASCII = false
			break
		}
		hasUpper = hasUpper || ('A' <= c && c <= 'Z')
	}
	if isASCII {
		if !hasUpper {
			return s
		}
		b := make([]byte, len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		return bytesString(b) // b is this string's alone
	}
	return Map(unicode.ToLower, s)
}

// ToTitle returns s with all Unicode letters mapped to their title case.
func ToTitle(s string) string { return Map(unicode.ToTitle, s) }

// ToValidUTF8 returns s with each run of invalid UTF-8 byte sequences replaced
// by replacement.
func ToValidUTF8(s, replacement string) string {
	var b Builder
	invalid := false // the previous byte was part of an invalid sequence
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			invalid = false
			b.WriteByte(c)
			continue
		}
		_, wid := utf8.DecodeRuneInString(s[i:])
		if wid == 1 {
			i++
			if !invalid {
				invalid = true
				b.WriteString(replacement)
			}
			continue
		}
		invalid = false
		b.WriteString(s[i : i+wid])
		i += wid
	}
	return b.String()
}

// Title returns s with the first letter of each word mapped to title case.
func Title(s string) string {
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

// TrimLeftFunc returns s without the leading runes satisfying f.
func TrimLeftFunc(s string, f func(rune) bool) string {
	for i, r := range s {
		if !f(r) {
			return s[i:]
		}
	}
	return ""
}

// TrimRightFunc returns s without the trailing runes satisfying f.
func TrimRightFunc(s string, f func(rune) bool) string {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !f(r) {
			break
		}
		i -= size
	}
	return s[:i]
}

// TrimFunc returns s without leading and trailing runes satisfying f.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimSpace returns s without leading and trailing white space.
func TrimSpace(s string) string {
	return TrimFunc(s, unicode.IsSpace)
}

// Trim returns s without leading and trailing runes contained in cutset.
func Trim(s, cutset string) string {
	return TrimRight(TrimLeft(s, cutset), cutset)
}

// TrimLeft returns s without leading runes contained in cutset.
func TrimLeft(s, cutset string) string {
	return TrimLeftFunc(s, func(r rune) bool { return ContainsRune(cutset, r) })
}

// TrimRight returns s without trailing runes contained in cutset.
func TrimRight(s, cutset string) string {
	return TrimRightFunc(s, func(r rune) bool { return ContainsRune(cutset, r) })
}

// TrimPrefix returns s without the provided leading prefix string.
func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the provided trailing suffix string.
func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// EqualFold reports whether s and t are equal under simple Unicode case-folding.
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		sr, ss := utf8.DecodeRuneInString(s)
		tr, ts := utf8.DecodeRuneInString(t)
		s, t = s[ss:], t[ts:]
		if sr == tr {
			continue
		}
		if tr < sr {
			sr, tr = tr, sr
		}
		// ASCII folds only between upper and lower case
		if tr < utf8.RuneSelf {
			if 'A' <= sr && sr <= 'Z' && tr == sr+'a'-'A' {
				continue
			}
			return false
		}
		// walk sr's orbit under simple folding (increasing, then wrapping)
		// until it reaches tr or passes it
		r := unicode.SimpleFold(sr)
		for r != sr && r < tr {
			r = unicode.SimpleFold(r)
		}
		if r != tr {
			return false
		}
	}
	return s == t
}

// Compare returns an integer comparing two strings lexicographically.
func Compare(a, b string) int {
	if a == b {
		return 0
	}
	if a < b {
		return -1
	}
	return +1
}

// Builder builds a string efficiently with Write methods.
//
// buf only grows by appending: bytes once written are never changed (Reset
// drops the buffer rather than reusing it), so String can share them. A copy
// of a non-empty Builder could append into the same spare capacity and change
// bytes a String shares, so, as in Go, writing through a copy panics (addr
// is the Builder's own address once it has been written to).
type Builder struct {
	addr *Builder
	buf  []byte
}

// copyCheck panics if b is a copy of a Builder that was written to.
func (b *Builder) copyCheck() {
	if b.addr == nil {
		b.addr = b
	} else if b.addr != b {
//line builder.go:41
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

// bytesString returns a string sharing b's bytes (a native: Go does it with
// unsafe.String).
func bytesString(b []byte) string

// String returns the accumulated string, without copying it.
func (b *Builder) String() string { return bytesString(b.buf) }

// Len returns the number of accumulated bytes.
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the builder's underlying byte slice.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset resets the Builder to be empty.
func (b *Builder) Reset() {
	b.addr = nil
	b.buf = nil
}

// Grow grows b's capacity to guarantee space for another n bytes.
func (b *Builder) Grow(n int) {
//line builder.go:76
	b.copyCheck()
	if n < 0 {
//line builder.go:78
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		buf := make([]byte, len(b.buf), 2*cap(b.buf)+n)
		copy(buf, b.buf)
		b.buf = buf
	}
}

// Write appends the contents of p to b's buffer.
func (b *Builder) Write(p []byte) (int, error) {
//line builder.go:88
	b.copyCheck()
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteByte appends the byte c to b's buffer.
func (b *Builder) WriteByte(c byte) error {
//line builder.go:96
	b.copyCheck()
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends the UTF-8 encoding of r to b's buffer.
func (b *Builder) WriteRune(r rune) (int, error) {
//line builder.go:104
	b.copyCheck()
	n := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - n, nil
}

// WriteString appends the contents of s to b's buffer.
func (b *Builder) WriteString(s string) (int, error) {
//line builder.go:113
	b.copyCheck()
	b.buf = append(b.buf, s...)
	return len(s), nil
}

// NewReplacer returns a Replacer from old, new string pairs, applied in order
// at each position (the first matching pair wins).
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
//line replace.go:34
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{oldnew: oldnew}
}

// Replacer replaces a list of strings with replacements.
type Replacer struct {
	oldnew []string
}

// Replace returns a copy of s with all replacements performed: at each
// position the first pair (in argument order) whose old string is there is
// replaced, and the search goes on after it; an empty old string matches at
// every position, but not twice in a row (Go's generic replacer).
func (r *Replacer) Replace(s string) string {
	var b Builder
	prevMatchEmpty := false
	for i := 0; i <= len(s); {
		matched := false
		for k := 0; k < len(r.oldnew); k += 2 {
			old := r.oldnew[k]
			if (old != "" || !prevMatchEmpty) && HasPrefix(s[i:], old) {
				b.WriteString(r.oldnew[k+1])
				i += len(old)
				matched = true
				prevMatchEmpty = old == ""
				break
			}
		}
		if !matched {
			prevMatchEmpty = false
			if i < len(s) {
				b.WriteByte(s[i])
			}
			i++
		}
	}
	return b.String()
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}

// ToUpperSpecial returns a copy of the string s with all Unicode letters mapped
// to their upper case using the case mapping specified by c.
func ToUpperSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToUpper, s) }

// ToLowerSpecial returns a copy of the string s with all Unicode letters mapped
// to their lower case using the case mapping specified by c.
func ToLowerSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToLower, s) }

// ToTitleSpecial returns a copy of the string s with all Unicode letters mapped
// to their Unicode title case, giving priority to the special casing rules.
func ToTitleSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToTitle, s) }
