// Package json implements encoding and decoding of JSON as defined in RFC 7159,
// as Go's encoding/json does: the same mapping between JSON and Go values
// (struct tags, Marshaler and TextMarshaler, map keys), the same output byte
// for byte, and the same errors with the same messages.
//
// The package has four parts. The scanner (this file) is a state machine fed
// one byte at a time: it validates (Valid, and Unmarshal before it decodes),
// and it drives Compact and Indent and the stream Decoder, which need to know
// where values end. Its errors are Go 1.27's, because its states are the
// places Go's grammar names in them ("after object key", "in string"). The
// decoder (decode.go) then reads input the scanner accepted, by recursive
// descent; the encoder (encode.go) writes values through reflect; stream.go
// has the Encoder and Decoder over io streams.
package json

import (
	"strconv"
	"unicode/utf8"
)

// Valid reports whether data is a valid JSON encoding.
func Valid(data []byte) bool {
	var s scanner
	return checkValid(data, &s) == nil
}

// checkValid runs the scanner over data: the first syntax error, if any.
func checkValid(data []byte, s *scanner) error {
	s.reset()
	for _, c := range data {
		s.bytes++
		if s.step(c) == scanError {
			s.requote(data)
			return s.err
		}
	}
	if s.eof() == scanError {
		s.requote(data)
		return s.err
	}
	return nil
}

// A SyntaxError is a description of a JSON syntax error. Unmarshal returns a
// SyntaxError if the JSON can't be parsed.
type SyntaxError struct {
	msg    string // description of error
	Offset int64  // error occurred after reading Offset bytes
}

func (e *SyntaxError) Error() string { return e.msg }

// What a step says about the byte it took.
const (
	scanContinue     = iota // an uninteresting byte (within a literal, or after an error)
	scanBeginLiteral        // the byte begins a string, number or true/false/null
	scanBeginObject         // '{'
	scanObjectKey           // the ':' after an object key
	scanObjectValue         // the ',' after an object's value
	scanEndObject           // '}'
	scanBeginArray          // '['
	scanArrayValue          // the ',' after an array element
	scanEndArray            // ']'
	scanSkipSpace           // white space outside literals
	scanEnd                 // the byte after a top-level value (not part of it)
	scanError               // the byte is a syntax error (s.err says which)
)

// Where the scanner is within the value it reads.
type scanState int

const (
	stBeginValue         scanState = iota // a value must start here
	stBeginValueOrEmpty                   // after '[': a value or ']'
	stBeginStringOrEmpty                  // after '{': a key or '}'
	stBeginString                         // after ',' in an object: a key
	stEndValue                            // a value ended: what follows depends on the enclosing one
	stEndTop                              // the top-level value ended: only space may follow
	stInString                            // within a string
	stInStringEsc                         // after '\' in a string
	stInStringEscU                        // after "\u", with esc hex digits read
	stBadEscape                           // in an invalid escape, read whole for the error
	stNeg                                 // after '-' of a number
	st1                                   // within a number's integer digits (not a leading 0)
	st0                                   // after a number's leading 0
	stDot                                 // after a number's '.'
	stDot0                                // within the fraction's digits
	stE                                   // after 'e' or 'E'
	stESign                               // after the exponent's sign
	stE0                                  // within the exponent's digits
	stLiteral                             // within true, false or null: lit[litPos] comes next
	stError                               // after an error: every byte is one
)

// What the scanner is within: the values that enclosed the current one.
const (
	parseObjectKey   = iota // reading an object key (before its ':')
	parseObjectValue        // reading an object value (before ',' or '}')
	parseArrayValue         // reading an array element (before ',' or ']')
)

// maxNestingDepth is how deeply objects and arrays may nest, as Go's.
const maxNestingDepth = 10000

// A scanner is the JSON state machine: step takes the next byte and says what
// it was; eof says whether the input may end there.
type scanner struct {
	state scanState
	// parseState is the stack of enclosing objects and arrays (parse* kinds).
	parseState []int
	// lit is the keyword stLiteral reads (true, false, null), litPos the
	// index of its next byte.
	lit    string
	litPos int
	// esc counts the hex digits read of a \u escape; escape holds the
	// escape read so far (from its backslash) and escStart its offset.
	esc      int
	escape   []byte
	escStart int64
	// numStart is the offset of the number being read.
	numStart int64
	// endTop: the top-level value ended (the scanner is in stEndTop).
	endTop bool
	// err is the syntax error, once one happened; errContext the words after
	// its character, errIndex the index of its byte among those stepped.
	err        error
	errContext string
	errIndex   int
	// n counts the bytes stepped since reset.
	n int
	// jsontext: errors are worded as Compact's and Indent's (which are
	// jsontext's in Go 1.27), not as Unmarshal's.
	jsontext bool
	// bytes counts the bytes consumed, as the callers feed them: the offset of
	// errors.
	bytes int64
}

// reset prepares the scanner for a new value.
func (s *scanner) reset() {
	s.state = stBeginValue
	s.parseState = s.parseState[:0]
	s.err, s.errContext, s.n = nil, "", 0
	s.endTop = false
}

// eof tells the scanner the input ended: scanEnd when a whole value was read,
// else scanError.
func (s *scanner) eof() int {
	if s.err != nil {
		return scanError
	}
	if s.endTop {
		return scanEnd
	}
	// the input may end after a value (a number ends only there)
	offset := s.bytes
	switch s.state {
	case st1, st0, stDot0, stE0, stEndValue:
		s.next(' ')
		if s.endTop {
			return scanEnd
		}
	case stNeg, stDot, stE, stESign:
		offset = s.numStart
	case stInStringEsc, stInStringEscU:
		offset = s.escStart
	case stBadEscape:
		return s.badEscape()
	}
	s.err = &SyntaxError{"unexpected end of JSON input", offset}
	return scanError
}

func isSpace(c byte) bool {
	return c <= ' ' && (c == ' ' || c == '\t' || c == '\r' || c == '\n')
}

// pushParseState enters an object or array at its opening byte c: op, or an
// error when that nests too deeply.
func (s *scanner) pushParseState(c byte, newParseState int, successState scanState, op int) int {
	s.parseState = append(s.parseState, newParseState)
	if len(s.parseState) > maxNestingDepth {
		s.state, s.errContext = stError, ""
		s.err = &SyntaxError{"exceeded max depth", s.bytes}
		return scanError
	}
	s.state = successState
	return op
}

// popParseState leaves an object or array.
func (s *scanner) popParseState() {
	n := len(s.parseState) - 1
	s.parseState = s.parseState[0:n]
	if n == 0 {
		s.state = stEndTop
		s.endTop = true
	} else {
		s.state = stEndValue
	}
}

// error records a syntax error at byte c, in context.
func (s *scanner) error(c byte, context string) int {
	s.state = stError
	s.errContext, s.errIndex = context, s.n-1
	s.err = &SyntaxError{"invalid character " + quoteChar(string([]byte{c})) + " " + context, s.bytes}
	return scanError
}

// badEscape records the error of the invalid escape read.
func (s *scanner) badEscape() int {
	s.state, s.errContext = stError, ""
	s.err = &SyntaxError{"invalid escape sequence `" + string(s.escape) + "` in string", s.escStart + int64(len(s.escape))}
	return scanError
}

// requote names the invalid character of an error as the whole character
// at its byte in data, the input stepped since reset (the scanner reads
// bytes): Go's errors name 'é', not its first byte.
func (s *scanner) requote(data []byte) {
	if s.errContext == "" || s.errIndex >= len(data) || data[s.errIndex] < utf8.RuneSelf {
		return
	}
	if e, ok := s.err.(*SyntaxError); ok {
		e.msg = "invalid character " + quoteChar(charAt(data[s.errIndex:])) + " " + s.errContext
	}
}

// charAt is the character b begins with: a whole UTF-8 sequence, or one byte.
func charAt(b []byte) string {
	r, n := utf8.DecodeRune(b)
	if r == utf8.RuneError {
		n = 1
	}
	return string(b[:n])
}

// quoteChar formats character c as a quoted character literal, as Go's
// errors do (an invalid UTF-8 byte as '\xff').
func quoteChar(c string) string {
	if c == "'" {
		return `'\''`
	}
	if c == `"` {
		return `'"'`
	}
	q := strconv.Quote(c)
	return "'" + q[1:len(q)-1] + "'"
}

// step takes the next byte of input.
func (s *scanner) step(c byte) int {
	s.n++
	return s.next(c)
}

// next is step's transition for byte c.
func (s *scanner) next(c byte) int {
	switch s.state {
	case stBeginValueOrEmpty:
		if isSpace(c) {
			return scanSkipSpace
		}
		if c == ']' {
			return s.endValue(c)
		}
		return s.beginValue(c)
	case stBeginValue:
		return s.beginValue(c)
	case stBeginStringOrEmpty, stBeginString:
		if isSpace(c) {
			return scanSkipSpace
		}
		if c == '}' && s.state == stBeginStringOrEmpty {
			n := len(s.parseState)
			s.parseState[n-1] = parseObjectValue
			return s.endValue(c)
		}
		if c == '"' {
			s.state = stInString
			return scanBeginLiteral
		}
		return s.error(c, "looking for beginning of object key string")
	case stEndValue:
		return s.endValue(c)
	case stEndTop:
		if !isSpace(c) {
			s.error(c, "after top-level value")
		}
		return scanEnd
	case stInString:
		switch {
		case c == '"':
			s.state = stEndValue
		case c == '\\':
			s.state, s.escape, s.escStart = stInStringEsc, append(s.escape[:0], c), s.bytes-1
		case c < 0x20:
			return s.error(c, "in string")
		}
		return scanContinue
	case stInStringEsc:
		s.escape = append(s.escape, c)
		switch c {
		case 'b', 'f', 'n', 'r', 't', '\\', '/', '"':
			s.state = stInString
		case 'u':
			s.state, s.esc = stInStringEscU, 0
		default:
			return s.badEscape()
		}
		return scanContinue
	case stInStringEscU, stBadEscape:
		s.escape = append(s.escape, c)
		if s.state == stInStringEscU && ('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			s.esc++
			if s.esc == 4 {
				s.state = stInString
			}
			return scanContinue
		}
		// a bad \u escape is reported with its six bytes
		s.state = stBadEscape
		if len(s.escape) < len(`\uXXXX`) {
			return scanContinue
		}
		return s.badEscape()
	case stNeg:
		if c == '0' {
			s.state = st0
			return scanContinue
		}
		if '1' <= c && c <= '9' {
			s.state = st1
			return scanContinue
		}
		return s.error(c, "in numeric literal")
	case st1:
		if '0' <= c && c <= '9' {
			return scanContinue
		}
		return s.afterInteger(c)
	case st0:
		return s.afterInteger(c)
	case stDot:
		if '0' <= c && c <= '9' {
			s.state = stDot0
			return scanContinue
		}
		return s.error(c, "in numeric literal")
	case stDot0:
		if '0' <= c && c <= '9' {
			return scanContinue
		}
		if c == 'e' || c == 'E' {
			s.state = stE
			return scanContinue
		}
		return s.endValue(c)
	case stE:
		if c == '+' || c == '-' {
			s.state = stESign
			return scanContinue
		}
		return s.exponentDigit(c)
	case stESign:
		return s.exponentDigit(c)
	case stE0:
		if '0' <= c && c <= '9' {
			return scanContinue
		}
		return s.endValue(c)
	case stLiteral:
		if c != s.lit[s.litPos] {
			return s.error(c, "in literal "+s.lit+" (expecting "+quoteChar(s.lit[s.litPos:s.litPos+1])+")")
		}
		s.litPos++
		if s.litPos == len(s.lit) {
			s.state = stEndValue
		}
		return scanContinue
	}
	return scanError // stError
}

// beginValue: c starts a value (after any space).
func (s *scanner) beginValue(c byte) int {
	if isSpace(c) {
		return scanSkipSpace
	}
	switch c {
	case '{':
		return s.pushParseState(c, parseObjectKey, stBeginStringOrEmpty, scanBeginObject)
	case '[':
		return s.pushParseState(c, parseArrayValue, stBeginValueOrEmpty, scanBeginArray)
	case '"':
		s.state = stInString
		return scanBeginLiteral
	case '-':
		s.state, s.numStart = stNeg, s.bytes-1
		return scanBeginLiteral
	case '0':
		s.state, s.numStart = st0, s.bytes-1
		return scanBeginLiteral
	case 't':
		return s.beginLiteral("true")
	case 'f':
		return s.beginLiteral("false")
	case 'n':
		return s.beginLiteral("null")
	}
	if '1' <= c && c <= '9' {
		s.state, s.numStart = st1, s.bytes-1
		return scanBeginLiteral
	}
	return s.error(c, "looking for beginning of value")
}

// beginLiteral: the first byte of keyword lit was read.
func (s *scanner) beginLiteral(lit string) int {
	s.state, s.lit, s.litPos = stLiteral, lit, 1
	return scanBeginLiteral
}

// afterInteger: c follows a number's integer part.
func (s *scanner) afterInteger(c byte) int {
	switch c {
	case '.':
		s.state = stDot
		return scanContinue
	case 'e', 'E':
		s.state = stE
		return scanContinue
	}
	return s.endValue(c)
}

// exponentDigit: c must be the exponent's first digit.
func (s *scanner) exponentDigit(c byte) int {
	if '0' <= c && c <= '9' {
		s.state = stE0
		return scanContinue
	}
	return s.error(c, "in numeric literal")
}

// endValue: c follows a complete value; what may come depends on what
// encloses it.
func (s *scanner) endValue(c byte) int {
	n := len(s.parseState)
	if n == 0 {
		s.state, s.endTop = stEndTop, true
		return s.next(c)
	}
	if isSpace(c) {
		s.state = stEndValue
		return scanSkipSpace
	}
	switch s.parseState[n-1] {
	case parseObjectKey:
		if c == ':' {
			s.parseState[n-1] = parseObjectValue
			s.state = stBeginValue
			return scanObjectKey
		}
		return s.error(c, "after object key")
	case parseObjectValue:
		if c == ',' {
			s.parseState[n-1] = parseObjectKey
			s.state = stBeginString
			return scanObjectValue
		}
		if c == '}' {
			s.popParseState()
			return scanEndObject
		}
		return s.error(c, "after object key:value pair")
	default: // parseArrayValue
		if c == ',' {
			s.state = stBeginValue
			return scanArrayValue
		}
		if c == ']' {
			s.popParseState()
			return scanEndArray
		}
		if s.jsontext {
			return s.error(c, "after array value")
		}
		return s.error(c, "after array element")
	}
}
