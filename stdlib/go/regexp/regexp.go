// Package regexp implements regular expression search with Go's syntax
// (RE2's) and Go's semantics: leftmost-first matches (Perl's choice; or the
// leftmost-longest after Longest), submatches, and matching in time linear
// in the input. The parser (syntax.go) builds a tree, the compiler
// (compile.go) a program, and the matcher (exec.go) runs every thread of it
// at once.
package regexp

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Regexp is the representation of a compiled regular expression. A Regexp is
// safe for concurrent use by multiple goroutines.
type Regexp struct {
	expr    string
	prog    *prog
	names   []string // names[i]: group i's name ("" for none); names[0] is ""
	longest bool
}

// Compile parses a regular expression and returns, if successful, a Regexp
// object that can be used to match against text.
func Compile(expr string) (*Regexp, error) {
	n, names, err := parse(expr, 0)
	if err != nil {
		return nil, err
	}
	return &Regexp{expr: expr, prog: compile(n), names: names}, nil
}

// MustCompile is like Compile but panics if the expression cannot be parsed.
func MustCompile(str string) *Regexp {
	re, err := Compile(str)
	if err != nil {
//line regexp.go:312
		panic(`regexp: Compile(` + quote(str) + `): ` + err.Error())
	}
	return re
}

func quote(s string) string {
	if strconv.CanBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

// MatchString reports whether the string s contains any match of the
// regular expression pattern.
func MatchString(pattern string, s string) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchString(s), nil
}

// Match reports whether the byte slice b contains any match of the regular
// expression pattern.
func Match(pattern string, b []byte) (matched bool, err error) {
	return MatchString(pattern, string(b))
}

// QuoteMeta returns a string that escapes all regular expression
// metacharacters inside the argument text.
func QuoteMeta(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(`\.+*?()|[]{}^$`, s[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// String returns the source text used to compile the regular expression.
func (re *Regexp) String() string { return re.expr }

// Copy returns a new Regexp object copied from re.
//
// Deprecated: In earlier releases, when using a Regexp in multiple
// goroutines, giving each goroutine its own copy helped to avoid lock
// contention. A Regexp is safe for concurrent use as it is.
func (re *Regexp) Copy() *Regexp {
	re2 := *re
	return &re2
}

// MarshalText implements encoding.TextMarshaler: the expression's text.
func (re *Regexp) MarshalText() ([]byte, error) { return []byte(re.expr), nil }

// AppendText implements encoding.TextAppender.
func (re *Regexp) AppendText(b []byte) ([]byte, error) { return append(b, re.expr...), nil }

// UnmarshalText implements encoding.TextUnmarshaler by calling Compile on
// the encoded value.
func (re *Regexp) UnmarshalText(text []byte) error {
	newRE, err := Compile(string(text))
	if err != nil {
		return err
	}
	*re = *newRE
	return nil
}

// Longest makes future searches prefer leftmost-longest matches.
func (re *Regexp) Longest() { re.longest = true }

// NumSubexp returns the number of parenthesized subexpressions in this Regexp.
func (re *Regexp) NumSubexp() int { return len(re.names) - 1 }

// SubexpNames returns the names of the parenthesized subexpressions in this
// Regexp (names[0] is always "").
func (re *Regexp) SubexpNames() []string { return re.names }

// SubexpIndex returns the index of the first subexpression with the given
// name, or -1 if there is none.
func (re *Regexp) SubexpIndex(name string) int {
	if name != "" {
		for i, s := range re.names {
			if name == s {
				return i
			}
		}
	}
	return -1
}

// find is the match at or after pos with the positions of ngroups groups
// (0: only the whole match), or nil.
func (re *Regexp) find(s string, pos, ngroups int) []int {
	return exec(re.prog, s, pos, 2*(ngroups+1), re.longest)
}

// MatchString reports whether the string s contains any match of re.
func (re *Regexp) MatchString(s string) bool { return re.find(s, 0, 0) != nil }

// Match reports whether the byte slice b contains any match of re.
func (re *Regexp) Match(b []byte) bool { return re.find(string(b), 0, 0) != nil }

// FindString returns the text of the leftmost match of re in s ("" if none).
func (re *Regexp) FindString(s string) string {
	a := re.find(s, 0, 0)
	if a == nil {
		return ""
	}
	return s[a[0]:a[1]]
}

// FindStringIndex returns the location of the leftmost match of re in s.
func (re *Regexp) FindStringIndex(s string) []int { return re.find(s, 0, 0) }

// Find returns the text of the leftmost match of re in b (nil if none).
func (re *Regexp) Find(b []byte) []byte {
	a := re.find(string(b), 0, 0)
	if a == nil {
		return nil
	}
	return b[a[0]:a[1]:a[1]]
}

// FindIndex returns the location of the leftmost match of re in b.
func (re *Regexp) FindIndex(b []byte) []int { return re.find(string(b), 0, 0) }

// FindStringSubmatchIndex returns the locations of the leftmost match of re
// in s and of its subexpressions (-1 for those not in the match).
func (re *Regexp) FindStringSubmatchIndex(s string) []int { return re.find(s, 0, re.NumSubexp()) }

// FindSubmatchIndex is FindStringSubmatchIndex for a byte slice.
func (re *Regexp) FindSubmatchIndex(b []byte) []int { return re.find(string(b), 0, re.NumSubexp()) }

// FindStringSubmatch returns the text of the leftmost match of re in s and
// of its subexpressions ("" for those not in the match), or nil.
func (re *Regexp) FindStringSubmatch(s string) []string {
	a := re.find(s, 0, re.NumSubexp())
	if a == nil {
		return nil
	}
	return submatches(s, a)
}

func submatches(s string, a []int) []string {
	out := make([]string, len(a)/2)
	for i := range out {
		if a[2*i] >= 0 {
			out[i] = s[a[2*i]:a[2*i+1]]
		}
	}
	return out
}

// FindSubmatch is FindStringSubmatch for a byte slice (nil for the
// subexpressions not in the match).
func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	a := re.find(string(b), 0, re.NumSubexp())
	if a == nil {
		return nil
	}
	return byteSubmatches(b, a)
}

func byteSubmatches(b []byte, a []int) [][]byte {
	out := make([][]byte, len(a)/2)
	for i := range out {
		if a[2*i] >= 0 {
			out[i] = b[a[2*i]:a[2*i+1]:a[2*i+1]]
		}
	}
	return out
}

// all calls deliver with each successive match of re in s, at most n (all
// when n < 0), with ngroups groups: matches do not overlap, and an empty
// match right after another is skipped (Go's rule).
func (re *Regexp) all(s string, n, ngroups int, deliver func([]int)) {
	if n < 0 {
		n = len(s) + 1
	}
	for pos, i, prevEnd := 0, 0, -1; i < n && pos <= len(s); {
		a := re.find(s, pos, ngroups)
		if a == nil {
			break
		}
		accept := true
		if a[1] == pos {
			// an empty match: not right after the previous one; go on a rune later
			if a[0] == prevEnd {
				accept = false
			}
			if pos < len(s) {
				_, w := utf8.DecodeRuneInString(s[pos:])
				pos += w
			} else {
				pos++
			}
		} else {
			pos = a[1]
		}
		prevEnd = a[1]
		if accept {
			deliver(a)
			i++
		}
	}
}

// FindAllString returns the texts of successive matches of re in s (at most
// n; all if n < 0), or nil if there is none.
func (re *Regexp) FindAllString(s string, n int) []string {
	var out []string
	re.all(s, n, 0, func(a []int) { out = append(out, s[a[0]:a[1]]) })
	return out
}

// FindAllStringIndex returns the locations of successive matches of re in s.
func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	var out [][]int
	re.all(s, n, 0, func(a []int) { out = append(out, a) })
	return out
}

// FindAllStringSubmatch returns the submatch texts of successive matches.
func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	var out [][]string
	re.all(s, n, re.NumSubexp(), func(a []int) { out = append(out, submatches(s, a)) })
	return out
}

// FindAllStringSubmatchIndex returns the submatch locations of successive matches.
func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	var out [][]int
	re.all(s, n, re.NumSubexp(), func(a []int) { out = append(out, a) })
	return out
}

// FindAll is FindAllString for a byte slice.
func (re *Regexp) FindAll(b []byte, n int) [][]byte {
	var out [][]byte
	re.all(string(b), n, 0, func(a []int) { out = append(out, b[a[0]:a[1]:a[1]]) })
	return out
}

// FindAllIndex is FindAllStringIndex for a byte slice.
func (re *Regexp) FindAllIndex(b []byte, n int) [][]int { return re.FindAllStringIndex(string(b), n) }

// FindAllSubmatch is FindAllStringSubmatch for a byte slice.
func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	var out [][][]byte
	re.all(string(b), n, re.NumSubexp(), func(a []int) { out = append(out, byteSubmatches(b, a)) })
	return out
}

// FindAllSubmatchIndex is FindAllStringSubmatchIndex for a byte slice.
func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	return re.FindAllStringSubmatchIndex(string(b), n)
}

// replaceAll replaces each match of re in src with what repl appends for
// it, as Go does: a match of the empty string right after another match is
// not replaced, and the search always advances at least one rune.
func (re *Regexp) replaceAll(src string, ngroups int, repl func(dst []byte, a []int) []byte) []byte {
	var buf []byte
	lastEnd, pos := 0, 0
	for pos <= len(src) {
		a := re.find(src, pos, ngroups)
		if a == nil {
			break
		}
		buf = append(buf, src[lastEnd:a[0]]...)
		if a[1] > lastEnd || a[0] == 0 {
			buf = repl(buf, a)
		}
		lastEnd = a[1]
		w := 0
		if pos < len(src) {
			_, w = utf8.DecodeRuneInString(src[pos:])
		}
		switch {
		case pos+w > a[1]:
			pos += w
		case pos+1 > a[1]:
			pos++
		default:
			pos = a[1]
		}
	}
	return append(buf, src[lastEnd:]...)
}

// ReplaceAllString returns a copy of src with the matches of re replaced by
// repl, in which $1, ${name} and the like stand for submatches (see Expand).
func (re *Regexp) ReplaceAllString(src, repl string) string {
	n := 0
	if strings.Contains(repl, "$") {
		n = re.NumSubexp()
	}
	return string(re.replaceAll(src, n, func(dst []byte, a []int) []byte { return re.expand(dst, repl, src, a) }))
}

// ReplaceAllLiteralString returns a copy of src with the matches of re
// replaced by repl, taken literally.
func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return string(re.replaceAll(src, 0, func(dst []byte, a []int) []byte { return append(dst, repl...) }))
}

// ReplaceAllStringFunc returns a copy of src with each match of re replaced
// by what repl returns for it.
func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return string(re.replaceAll(src, 0, func(dst []byte, a []int) []byte { return append(dst, repl(src[a[0]:a[1]])...) }))
}

// ReplaceAll is ReplaceAllString for byte slices.
func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	s, r := string(src), string(repl)
	n := 0
	if strings.Contains(r, "$") {
		n = re.NumSubexp()
	}
	return re.replaceAll(s, n, func(dst []byte, a []int) []byte { return re.expand(dst, r, s, a) })
}

// ReplaceAllLiteral is ReplaceAllLiteralString for byte slices.
func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	return re.replaceAll(string(src), 0, func(dst []byte, a []int) []byte { return append(dst, repl...) })
}

// ReplaceAllFunc is ReplaceAllStringFunc for byte slices.
func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	return re.replaceAll(string(src), 0, func(dst []byte, a []int) []byte { return append(dst, repl(src[a[0]:a[1]])...) })
}

// ExpandString appends template to dst with $1, $name, ${1}, ${name} replaced
// by the submatches of match (from FindStringSubmatchIndex) in src; $$ is a
// dollar sign.
func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return re.expand(dst, template, src, match)
}

// Expand is ExpandString for byte slices.
func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return re.expand(dst, string(template), string(src), match)
}

func (re *Regexp) expand(dst []byte, template string, src string, match []int) []byte {
	for {
		before, after, ok := strings.Cut(template, "$")
		if !ok {
			break
		}
		dst = append(dst, before...)
		template = after
		if template != "" && template[0] == '$' {
			dst = append(dst, '$')
			template = template[1:]
			continue
		}
		name, num, rest, ok := extract(template)
		if !ok {
			dst = append(dst, '$') // malformed: the $ is text
			continue
		}
		template = rest
		if num < 0 {
			num = re.SubexpIndex(name)
		}
		if num >= 0 && 2*num+1 < len(match) && match[2*num] >= 0 {
			dst = append(dst, src[match[2*num]:match[2*num+1]]...)
		}
	}
	return append(dst, template...)
}

// extract reads a name or number after a $: $name, ${name}, $1 ("" name and
// ok false when there is none); num is -1 unless it is a number without
// leading zeros.
func extract(str string) (name string, num int, rest string, ok bool) {
	if str == "" {
		return
	}
	brace := false
	if str[0] == '{' {
		brace = true
		str = str[1:]
	}
	i := 0
	for i < len(str) {
		r, size := utf8.DecodeRuneInString(str[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			break
		}
		i += size
	}
	if i == 0 {
		return
	}
	name = str[:i]
	if brace {
		if i >= len(str) || str[i] != '}' {
			return
		}
		i++
	}
	num = 0
	for j := 0; j < len(name); j++ {
		if name[j] < '0' || '9' < name[j] || num >= 1e8 {
			num = -1
			break
		}
		num = num*10 + int(name[j]) - '0'
	}
	if name[0] == '0' && len(name) > 1 {
		num = -1
	}
	return name, num, str[i:], true
}

// Split slices s into substrings separated by the matches of re: at most n
// of them (the last the unsplit rest) when n > 0, all when n < 0, none when 0.
func (re *Regexp) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if len(re.expr) > 0 && len(s) == 0 {
		return []string{""}
	}
	matches := re.FindAllStringIndex(s, n)
	out := make([]string, 0, len(matches))
	beg, end := 0, 0
	for _, m := range matches {
		if n > 0 && len(out) == n-1 {
			break
		}
		end = m[0]
		if m[1] != 0 {
			out = append(out, s[beg:end])
		}
		beg = m[1]
	}
	if end != len(s) {
		out = append(out, s[beg:])
	}
	return out
}
