// Package path implements utility routines for manipulating slash-separated
// paths. (For operating-system paths, use package path/filepath.)
package path

import (
	"errors"
	"internal/bytealg"
	"unicode/utf8"
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

// Clean returns the shortest path name equivalent to path by purely lexical
// processing: it replaces multiple slashes with one, eliminates each . element
// and each inner .. element with the non-.. element before it, and .. elements
// at the beginning of a rooted path. The result ends in a slash only if it is
// the root "/"; an empty result is ".".
func Clean(path string) string {
	if path == "" {
		return "."
	}
	rooted := path[0] == '/'
	out := make([]byte, 0, len(path))
	// floor is where backtracking over a .. stops: after the root, or after
	// the leading ..s of a relative path
	floor := 0
	if rooted {
		out = append(out, '/')
		floor = 1
	}
	for r := 0; r < len(path); {
		end := bytealg.IndexByteString(path[r:], '/')
		if end < 0 {
			end = len(path)
		} else {
			end += r
		}
		elem := path[r:end]
		r = end + 1
		switch elem {
		case "", ".":
		case "..":
			switch {
			case len(out) > floor:
				w := len(out) - 1
				for w > floor && out[w] != '/' {
					w--
				}
				out = out[:w]
			case !rooted:
				if len(out) > 0 {
					out = append(out, '/')
				}
				out = append(out, ".."...)
				floor = len(out)
			}
		default:
			if len(out) > 0 && !(rooted && len(out) == 1) {
				out = append(out, '/')
			}
			out = append(out, elem...)
		}
	}
	if len(out) == 0 {
		return "."
	}
	if string(out) == path {
		return path
	}
	return string(out)
}

// Split splits path immediately following the final slash, separating it
// into a directory and file name component.
func Split(path string) (dir, file string) {
	i := lastSlash(path)
	return path[:i+1], path[i+1:]
}

// lastSlash is the index of the last '/' in path, or -1. (path does without
// package strings, as Go's does: fmt imports os, os io/fs and io/fs path, so
// every program that prints would load strings and unicode.)
func lastSlash(path string) int {
	i := len(path) - 1
	for i >= 0 && path[i] != '/' {
		i--
	}
	return i
}

// Join joins any number of path elements into a single path, separating them
// with slashes. Empty elements are ignored; the result is Cleaned, and is ""
// when every element is empty.
func Join(elem ...string) string {
	var buf []byte
	for _, e := range elem {
		if e == "" {
			continue
		}
		if buf != nil {
			buf = append(buf, '/')
		}
		buf = append(buf, e...)
	}
	if buf == nil {
		return ""
	}
	return Clean(string(buf))
}

// Ext returns the file name extension used by path: the suffix beginning at
// the final dot in the final slash-separated element; empty if there is no dot.
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base returns the last element of path. Trailing slashes are removed first;
// an empty path gives ".", a path of only slashes "/".
func Base(path string) string {
	if path == "" {
		return "."
	}
	for len(path) > 0 && path[len(path)-1] == '/' {
		path = path[:len(path)-1]
	}
	if path == "" {
		return "/"
	}
	return path[lastSlash(path)+1:]
}

// IsAbs reports whether the path is absolute.
func IsAbs(path string) bool {
	return len(path) > 0 && path[0] == '/'
}

// Dir returns all but the last element of path, typically the path's
// directory, Cleaned.
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}

// Match reports whether name matches the shell pattern: '*' matches any
// sequence of non-slash characters, '?' any one non-slash character, '[...]'
// a character class (with ranges lo-hi and negation [^...]), and '\\' escapes
// the character after it. The only possible error is ErrBadPattern; like Go's,
// Match reports it when it reaches the malformed part, and also when it
// fails to match before reaching it.
func Match(pattern, name string) (matched bool, err error) {
Pattern:
	for len(pattern) > 0 {
		var star bool
		var chunk string
		star, chunk, pattern = scanChunk(pattern)
		if star && chunk == "" {
			// a trailing * matches the rest unless it has a slash
			return bytealg.IndexByteString(name, '/') < 0, nil
		}
		// the chunk right here, or (after a star) further on
		t, ok, err := matchChunk(chunk, name)
		if ok && (len(t) == 0 || len(pattern) > 0) {
			name = t
			continue
		}
		if err != nil {
			return false, err
		}
		if star {
			for i := 0; i < len(name) && name[i] != '/'; i++ {
				t, ok, err := matchChunk(chunk, name[i+1:])
				if ok {
					if len(pattern) == 0 && len(t) > 0 {
						continue // the last chunk must end the name
					}
					name = t
					continue Pattern
				}
				if err != nil {
					return false, err
				}
			}
		}
		// no match: the rest of the pattern must still be well formed
		for len(pattern) > 0 {
			_, chunk, pattern = scanChunk(pattern)
			if _, _, err := matchChunk(chunk, ""); err != nil {
				return false, err
			}
		}
		return false, nil
	}
	return len(name) == 0, nil
}

// scanChunk splits off the next chunk of pattern: whether stars precede it,
// the chunk up to the next star outside a class, and the rest.
func scanChunk(pattern string) (star bool, chunk, rest string) {
	for len(pattern) > 0 && pattern[0] == '*' {
		pattern = pattern[1:]
		star = true
	}
	inClass := false
	for i := 0; i < len(pattern); i++ {
		switch pattern[i] {
		case '\\':
			if i+1 < len(pattern) {
				i++
			}
		case '[':
			inClass = true
		case ']':
			inClass = false
		case '*':
			if !inClass {
				return star, pattern[:i], pattern[i:]
			}
		}
	}
	return star, pattern, ""
}

// matchChunk matches chunk (no stars) against the start of s and returns what
// is left of s. It reads the whole chunk even once the match has failed, so
// that a malformed chunk is always reported.
func matchChunk(chunk, s string) (rest string, ok bool, err error) {
	failed := false
	for len(chunk) > 0 {
		failed = failed || len(s) == 0
		switch chunk[0] {
		case '[':
			var r rune
			if !failed {
				var n int
				r, n = utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
			negated := len(chunk) > 0 && chunk[0] == '^'
			if negated {
				chunk = chunk[1:]
			}
			in := false
			for n := 0; ; n++ {
				if len(chunk) > 0 && chunk[0] == ']' && n > 0 {
					chunk = chunk[1:]
					break
				}
				var lo, hi rune
				if lo, chunk, err = classChar(chunk); err != nil {
					return "", false, err
				}
				hi = lo
				if chunk[0] == '-' {
					if hi, chunk, err = classChar(chunk[1:]); err != nil {
						return "", false, err
					}
				}
				in = in || lo <= r && r <= hi
			}
			failed = failed || in == negated
		case '?':
			if !failed {
				failed = s[0] == '/'
				_, n := utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
		default:
			if chunk[0] == '\\' {
				chunk = chunk[1:]
				if len(chunk) == 0 {
					return "", false, ErrBadPattern
				}
			}
			if !failed {
				failed = chunk[0] != s[0]
				s = s[1:]
			}
			chunk = chunk[1:]
		}
	}
	if failed {
		return "", false, nil
	}
	return s, true, nil
}

// classChar reads one (possibly escaped) character of a class; the class
// must go on after it.
func classChar(chunk string) (r rune, rest string, err error) {
	if len(chunk) == 0 || chunk[0] == '-' || chunk[0] == ']' {
		return 0, "", ErrBadPattern
	}
	if chunk[0] == '\\' {
		chunk = chunk[1:]
		if len(chunk) == 0 {
			return 0, "", ErrBadPattern
		}
	}
	r, n := utf8.DecodeRuneInString(chunk)
	if r == utf8.RuneError && n == 1 {
		err = ErrBadPattern
	}
	rest = chunk[n:]
	if len(rest) == 0 {
		err = ErrBadPattern
	}
	return r, rest, err
}
