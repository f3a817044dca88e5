package json

import (
	"bytes"
	"encoding/json/jsontext"
	"io"
)

// A Decoder reads and decodes JSON values from an input stream.
type Decoder struct {
	r       io.Reader
	buf     []byte
	d       decodeState
	scanp   int   // start of unread data in buf
	scanned int64 // amount of data already scanned
	scan    scanner
	err     error

	// tokenState is where Token is in the stream (token* kinds), tokenStack
	// the states of the enclosing arrays and objects.
	tokenState int
	tokenStack []int
}

// NewDecoder returns a new decoder that reads from r.
//
// The decoder introduces its own buffering and may read data from r beyond
// the JSON values requested.
func NewDecoder(r io.Reader) *Decoder {
	return &Decoder{r: r}
}

// UseNumber causes the Decoder to unmarshal a number into an interface value
// as a Number instead of as a float64.
func (dec *Decoder) UseNumber() { dec.d.useNumber = true }

// DisallowUnknownFields causes the Decoder to return an error when the
// destination is a struct and the input contains object keys which do not
// match any non-ignored, exported fields in the destination.
func (dec *Decoder) DisallowUnknownFields() { dec.d.disallowUnknownFields = true }

// Decode reads the next JSON-encoded value from its input and stores it in the
// value pointed to by v.
func (dec *Decoder) Decode(v any) error {
	if dec.err != nil {
		return dec.err
	}
	if err := dec.tokenPrepareForDecode(); err != nil {
		return err
	}
	if !dec.tokenValueAllowed() {
		return &SyntaxError{msg: "not at beginning of value", Offset: dec.InputOffset()}
	}
	n, err := dec.readValue()
	if err != nil {
		return err
	}
	dec.d.init(dec.buf[dec.scanp : dec.scanp+n])
	dec.scanp += n
	// a type error leaves the stream usable: the whole value was read
	err = dec.d.unmarshal(v)
	dec.tokenValueEnd()
	return err
}

// Buffered returns a reader of the data remaining in the Decoder's buffer. The
// reader is valid until the next call to Decode.
func (dec *Decoder) Buffered() io.Reader {
	return bytes.NewReader(dec.buf[dec.scanp:])
}

// readValue reads a JSON value into dec.buf. It returns the length of the
// encoding.
func (dec *Decoder) readValue() (int, error) {
	dec.scan.reset()
	scanp := dec.scanp
	var err error
Input:
	for {
		for ; scanp < len(dec.buf); scanp++ {
			c := dec.buf[scanp]
			dec.scan.bytes++
			switch dec.scan.step(c) {
			case scanEnd:
				// the byte after a number or keyword is not the value's
				dec.scan.bytes--
				break Input
			case scanEndObject, scanEndArray:
				// an object or array ends with its bracket: no need to wait
				// (maybe block) for the next byte
				if dec.scan.endTop {
					scanp++
					break Input
				}
			case scanError:
				dec.scan.requote(dec.buf[dec.scanp:])
				dec.err = dec.scan.err
				return 0, dec.scan.err
			}
		}
		// the last read's error, once its data is scanned
		if err != nil {
			if err == io.EOF {
				if dec.scan.step(' ') == scanEnd {
					break Input
				}
				if nonSpace(dec.buf) {
					err = io.ErrUnexpectedEOF
				}
			}
			dec.err = err
			return 0, err
		}
		n := scanp - dec.scanp
		err = dec.refill()
		scanp = dec.scanp + n
	}
	return scanp - dec.scanp, nil
}

// refill reads more input, after sliding the unread data to the buffer's
// start; the read's error is returned for after the data is scanned.
func (dec *Decoder) refill() error {
	if dec.scanp > 0 {
		dec.scanned += int64(dec.scanp)
		n := copy(dec.buf, dec.buf[dec.scanp:])
		dec.buf = dec.buf[:n]
		dec.scanp = 0
	}
	const minRead = 512
	if cap(dec.buf)-len(dec.buf) < minRead {
		newBuf := make([]byte, len(dec.buf), 2*cap(dec.buf)+minRead)
		copy(newBuf, dec.buf)
		dec.buf = newBuf
	}
	n, err := dec.r.Read(dec.buf[len(dec.buf):cap(dec.buf)])
	dec.buf = dec.buf[0 : len(dec.buf)+n]
	return err
}

func nonSpace(b []byte) bool {
	for _, c := range b {
		if !isSpace(c) {
			return true
		}
	}
	return false
}

// An Encoder writes JSON values to an output stream.
type Encoder struct {
	w            io.Writer
	err          error
	escapeHTML   bool
	indentPrefix string
	indentValue  string
}

// NewEncoder returns a new encoder that writes to w.
func NewEncoder(w io.Writer) *Encoder {
	return &Encoder{w: w, escapeHTML: true}
}

// Encode writes the JSON encoding of v to the stream, followed by a newline
// character.
func (enc *Encoder) Encode(v any) error {
	if enc.err != nil {
		return enc.err
	}
	e := &encodeState{}
	if err := e.marshal(v, encOpts{escapeHTML: enc.escapeHTML}); err != nil {
		return err
	}
	e.WriteByte('\n')
	b := e.Bytes()
	if enc.indentPrefix != "" || enc.indentValue != "" {
		var err error
		if b, err = appendIndent(nil, b, enc.indentPrefix, enc.indentValue); err != nil {
			return err
		}
	}
	_, err := enc.w.Write(b)
	if err != nil {
		enc.err = err
	}
	return err
}

// SetIndent instructs the encoder to format each subsequent encoded value as
// if indented by the package-level function Indent(dst, src, prefix, indent).
// Calling SetIndent("", "") disables indentation.
func (enc *Encoder) SetIndent(prefix, indent string) {
	enc.indentPrefix = prefix
	enc.indentValue = indent
}

// SetEscapeHTML specifies whether problematic HTML characters should be
// escaped inside JSON quoted strings. The default behavior is to escape &, <,
// and > to \u0026, \u003c, and \u003e to avoid certain safety problems that
// can arise when embedding JSON in HTML.
func (enc *Encoder) SetEscapeHTML(on bool) {
	enc.escapeHTML = on
}

// RawMessage is a raw encoded JSON value. It implements Marshaler and
// Unmarshaler and can be used to delay JSON decoding or precompute a JSON
// encoding.
type RawMessage = jsontext.Value

// A Token holds a value of one of these types:
//
//   - Delim, for the four JSON delimiters [ ] { }
//   - bool, for JSON booleans
//   - float64, for JSON numbers
//   - Number, for JSON numbers
//   - string, for JSON string literals
//   - nil, for JSON null
type Token any

// Where Token is: what it may read next.
const (
	tokenTopValue = iota
	tokenArrayStart
	tokenArrayValue
	tokenArrayComma
	tokenObjectStart
	tokenObjectKey
	tokenObjectColon
	tokenObjectValue
	tokenObjectComma
)

// tokenPrepareForDecode reads the ',' or ':' Token stopped before, so that
// Decode can read the value after it.
func (dec *Decoder) tokenPrepareForDecode() error {
	switch dec.tokenState {
	case tokenArrayComma:
		c, err := dec.peek()
		if err != nil {
			return err
		}
		if c != ',' {
			return &SyntaxError{"expected comma after array element", dec.InputOffset()}
		}
		dec.scanp++
		dec.tokenState = tokenArrayValue
	case tokenObjectColon:
		c, err := dec.peek()
		if err != nil {
			return err
		}
		if c != ':' {
			return &SyntaxError{"expected colon after object key", dec.InputOffset()}
		}
		dec.scanp++
		dec.tokenState = tokenObjectValue
	}
	return nil
}

func (dec *Decoder) tokenValueAllowed() bool {
	switch dec.tokenState {
	case tokenTopValue, tokenArrayStart, tokenArrayValue, tokenObjectValue:
		return true
	}
	return false
}

func (dec *Decoder) tokenValueEnd() {
	switch dec.tokenState {
	case tokenArrayStart, tokenArrayValue:
		dec.tokenState = tokenArrayComma
	case tokenObjectValue:
		dec.tokenState = tokenObjectComma
	}
}

// A Delim is a JSON array or object delimiter, one of [ ] { or }.
type Delim rune

func (d Delim) String() string {
	return string(d)
}

// Token returns the next JSON token in the input stream. At the end of the
// input stream, Token returns nil, io.EOF.
//
// Token guarantees that the delimiters [ ] { } it returns are properly nested
// and matched: if Token encounters an unexpected delimiter in the input, it
// will return an error.
//
// The input stream consists of basic JSON values—bool, string, number, and
// null—along with delimiters [ ] { } of type Delim to mark the start and end
// of arrays and objects. Commas and colons are elided.
//
// A syntax error is reported at the end of the last token read, with Go
// 1.27's words for where it is.
func (dec *Decoder) Token() (Token, error) {
	start := dec.InputOffset()
	for {
		c, err := dec.peek()
		if err != nil {
			return nil, err
		}
		switch c {
		case '[', '{':
			if !dec.tokenValueAllowed() {
				return dec.tokenError(c, start)
			}
			dec.scanp++
			dec.tokenStack = append(dec.tokenStack, dec.tokenState)
			dec.tokenState = tokenArrayStart
			if c == '{' {
				dec.tokenState = tokenObjectStart
			}
			return Delim(c), nil
		case ']', '}':
			if c == ']' && dec.tokenState != tokenArrayStart && dec.tokenState != tokenArrayComma ||
				c == '}' && dec.tokenState != tokenObjectStart && dec.tokenState != tokenObjectComma {
				return dec.tokenError(c, start)
			}
			dec.scanp++
			dec.tokenState = dec.tokenStack[len(dec.tokenStack)-1]
			dec.tokenStack = dec.tokenStack[:len(dec.tokenStack)-1]
			dec.tokenValueEnd()
			return Delim(c), nil
		case ':':
			if dec.tokenState != tokenObjectColon {
				return dec.tokenError(c, start)
			}
			dec.scanp++
			dec.tokenState = tokenObjectValue
			if next, err := dec.peek(); err == nil && next == '}' {
				return dec.syntaxErrorAt("missing value after object key", start)
			}
			continue
		case ',':
			switch dec.tokenState {
			case tokenArrayComma, tokenObjectComma:
				dec.scanp++
				// a comma must be followed by a value (or a key)
				if next, err := dec.peek(); err == nil && (next == ',' || next == ']' || next == '}') {
					return dec.syntaxErrorAt("invalid character ',' looking for beginning of value", start)
				}
				if dec.tokenState == tokenArrayComma {
					dec.tokenState = tokenArrayValue
				} else {
					dec.tokenState = tokenObjectKey
				}
				continue
			}
			return dec.tokenError(c, start)
		case '"':
			if dec.tokenState == tokenObjectStart || dec.tokenState == tokenObjectKey {
				var x string
				old := dec.tokenState
				dec.tokenState = tokenTopValue
				err := dec.Decode(&x)
				dec.tokenState = old
				if err != nil {
					return nil, err
				}
				dec.tokenState = tokenObjectColon
				return x, nil
			}
		}
		if !dec.tokenValueAllowed() || !beginsValue(c) {
			return dec.tokenError(c, start)
		}
		var x any
		if err := dec.Decode(&x); err != nil {
			return nil, err
		}
		return x, nil
	}
}

// tokenError is the error of byte c where Token stands, reported at offset
// (the end of the last token).
func (dec *Decoder) tokenError(c byte, offset int64) (Token, error) {
	var context string
	switch dec.tokenState {
	case tokenArrayComma:
		context = " after array element"
	case tokenObjectColon:
		context = " after object key"
	case tokenObjectComma:
		context = " after object key:value pair"
	case tokenObjectStart, tokenObjectKey:
		// a value that is not a string is a bad name, once it is read whole
		if beginsValue(c) {
			if c != '[' && c != '{' {
				dec.scan.reset()
				if _, err := dec.readValue(); err != nil {
					return nil, err
				}
			}
			return dec.syntaxErrorAt("object member name must be a string", offset)
		}
		context = " looking for beginning of value"
	default:
		context = " looking for beginning of value"
	}
	return dec.syntaxErrorAt("invalid character "+quoteChar(charAt(dec.buf[dec.scanp:]))+context, offset)
}

// beginsValue reports whether c may begin a JSON value.
func beginsValue(c byte) bool {
	switch c {
	case '"', '-', 't', 'f', 'n', '[', '{':
		return true
	}
	return '0' <= c && c <= '9'
}

// syntaxErrorAt is a SyntaxError at input offset, where the decoder then
// stands (before the separators Token read past).
func (dec *Decoder) syntaxErrorAt(msg string, offset int64) (Token, error) {
	if p := int(offset - dec.scanned); p >= 0 {
		dec.scanp = p
	}
	return nil, &SyntaxError{msg, offset}
}

// More reports whether there is another element in the current array or
// object being parsed.
func (dec *Decoder) More() bool {
	c, err := dec.peek()
	return err == nil && c != ']' && c != '}'
}

// peek is the next byte that is not space, reading as needed.
func (dec *Decoder) peek() (byte, error) {
	var err error
	for {
		for i := dec.scanp; i < len(dec.buf); i++ {
			c := dec.buf[i]
			if isSpace(c) {
				continue
			}
			dec.scanp = i
			return c, nil
		}
		// the buffer is scanned: now the read's error
		if err != nil {
			return 0, err
		}
		err = dec.refill()
	}
}

// InputOffset returns the input stream byte offset of the current decoder
// position. The offset gives the location of the end of the most recently
// returned token and the beginning of the next token.
func (dec *Decoder) InputOffset() int64 {
	return dec.scanned + int64(dec.scanp)
}
