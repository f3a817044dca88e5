// Package base64 implements base64 encoding as specified by RFC 4648.
//
// Decoding skips '\r' and '\n' anywhere in the input and reports the first
// corrupt byte's offset exactly as Go's does.
package base64

import (
	"io"
	"strconv"
)

// An Encoding is a radix 64 encoding/decoding scheme, defined by a 64-character
// alphabet.
type Encoding struct {
	encode    [64]byte   // symbol index → symbol
	decodeMap [256]uint8 // symbol → index, invalid for bytes not in the alphabet
	padChar   rune       // or NoPadding
	strict    bool       // reject non-zero trailing bits
}

const (
	StdPadding rune = '=' // Standard padding character
	NoPadding  rune = -1  // No padding
)

const invalidIndex = 0xff

// NewEncoding returns a new padded Encoding defined by the given alphabet,
// which must be a 64-byte string that contains unique byte values and does not
// contain the padding character or CR / LF ('\r', '\n').
func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 64 {
		panic("encoding alphabet is not 64-bytes long")
	}
	e := &Encoding{padChar: StdPadding}
	copy(e.encode[:], encoder)
	for i := range e.decodeMap {
		e.decodeMap[i] = invalidIndex
	}
	for i := 0; i < len(encoder); i++ {
		switch c := encoder[i]; {
		case c == '\n' || c == '\r':
			panic("encoding alphabet contains newline character")
		case e.decodeMap[c] != invalidIndex:
			panic("encoding alphabet includes duplicate symbols")
		}
		e.decodeMap[encoder[i]] = uint8(i)
	}
	return e
}

// WithPadding creates a new encoding identical to enc except with a specified
// padding character, or NoPadding to disable padding.
func (enc Encoding) WithPadding(padding rune) *Encoding {
	switch {
	case padding < NoPadding || padding == '\r' || padding == '\n' || padding > 0xff:
		panic("invalid padding")
	case padding != NoPadding && enc.decodeMap[byte(padding)] != invalidIndex:
		panic("padding contained in alphabet")
	}
	enc.padChar = padding
	return &enc
}

// Strict creates a new encoding identical to enc except with strict decoding
// enabled: the trailing padding bits must be zero.
func (enc Encoding) Strict() *Encoding {
	enc.strict = true
	return &enc
}

// StdEncoding is the standard base64 encoding, as defined in RFC 4648.
var StdEncoding = NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")

// URLEncoding is the alternate base64 encoding defined in RFC 4648, typically
// used in URLs and file names.
var URLEncoding = NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

// RawStdEncoding is the standard raw, unpadded base64 encoding.
var RawStdEncoding = StdEncoding.WithPadding(NoPadding)

// RawURLEncoding is the unpadded alternate base64 encoding.
var RawURLEncoding = URLEncoding.WithPadding(NoPadding)

// Encode encodes src using the encoding enc, writing EncodedLen(len(src))
// bytes to dst.
func (enc *Encoding) Encode(dst, src []byte) {
	for len(src) > 0 {
		// a quantum of up to three bytes makes two to four symbols
		var val uint
		n := min(len(src), 3)
		for i := 0; i < 3; i++ {
			val <<= 8
			if i < n {
				val |= uint(src[i])
			}
		}
		for i := 0; i < 4; i++ {
			switch {
			case i <= n:
				dst[i] = enc.encode[val>>(18-6*i)&0x3F]
			case enc.padChar != NoPadding:
				dst[i] = byte(enc.padChar)
			}
		}
		src = src[n:]
		if len(dst) >= 4 {
			dst = dst[4:]
		}
	}
}

// AppendEncode appends the base64 encoded src to dst and returns the extended
// buffer.
func (enc *Encoding) AppendEncode(dst, src []byte) []byte {
	n := enc.EncodedLen(len(src))
	out := make([]byte, len(dst)+n)
	copy(out, dst)
	enc.Encode(out[len(dst):], src)
	return out
}

// EncodeToString returns the base64 encoding of src.
func (enc *Encoding) EncodeToString(src []byte) string {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return string(buf)
}

// EncodedLen returns the length in bytes of the base64 encoding of an input
// buffer of length n.
func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n/3*4 + (n%3*8+5)/6
	}
	return (n + 2) / 3 * 4
}

// DecodedLen returns the maximum length in bytes of the decoded data
// corresponding to n bytes of base64-encoded data.
func (enc *Encoding) DecodedLen(n int) int { return decodedLen(n, enc.padChar) }

func decodedLen(n int, padChar rune) int {
	if padChar == NoPadding {
		return n/4*3 + n%4*6/8
	}
	return n / 4 * 3
}

// CorruptInputError is the offset of the first illegal byte of the input.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

// skipNewlines returns the index of the first byte at or after si that is not
// '\r' or '\n'.
func skipNewlines(src []byte, si int) int {
	for si < len(src) && (src[si] == '\n' || src[si] == '\r') {
		si++
	}
	return si
}

// decodeQuantum decodes up to four symbols of src from si (newlines skipped)
// into dst, returning the next index, the number of bytes written, and the
// first corrupt offset if any. Padding ends the input: only newlines may
// follow it.
func (enc *Encoding) decodeQuantum(dst, src []byte, si int) (nsi, n int, err error) {
	var sym [4]byte
	dlen := 4
	for j := 0; j < 4; j++ {
		if len(src) == si {
			// the input ends inside the quantum
			if j == 0 {
				return si, 0, nil
			}
			if j == 1 || enc.padChar != NoPadding {
				return si, 0, CorruptInputError(si - j)
			}
			dlen = j
			break
		}
		in := src[si]
		si++
		if out := enc.decodeMap[in]; out != invalidIndex {
			sym[j] = out
			continue
		}
		if in == '\n' || in == '\r' {
			j--
			continue
		}
		if rune(in) != enc.padChar || j < 2 {
			return si, 0, CorruptInputError(si - 1)
		}
		// padding: "xx==" or "xxx=", newlines allowed between and after
		if j == 2 {
			si = skipNewlines(src, si)
			if si == len(src) {
				return si, 0, CorruptInputError(len(src))
			}
			if rune(src[si]) != enc.padChar {
				return si, 0, CorruptInputError(si - 1)
			}
			si++
		}
		if si = skipNewlines(src, si); si < len(src) {
			err = CorruptInputError(si)
		}
		dlen = j
		break
	}
	val := uint(sym[0])<<18 | uint(sym[1])<<12 | uint(sym[2])<<6 | uint(sym[3])
	out := [3]byte{byte(val >> 16), byte(val >> 8), byte(val)}
	for i := 0; i < dlen-1; i++ {
		dst[i] = out[i]
	}
	// in strict mode, the bits the symbols carry beyond the decoded bytes must
	// be zero (reported at the symbol that holds them)
	if enc.strict {
		switch {
		case dlen == 3 && out[2] != 0:
			return si, 0, CorruptInputError(si - 1)
		case dlen == 2 && (out[1] != 0 || out[2] != 0):
			return si, 0, CorruptInputError(si - 2)
		}
	}
	return si, dlen - 1, err
}

// Decode decodes src using the encoding enc. It writes at most
// DecodedLen(len(src)) bytes to dst and returns the number of bytes written.
// If src contains invalid base64 data, it returns the number of bytes
// successfully written and CorruptInputError. New line characters (\r and \n)
// are ignored.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	si := 0
	for si < len(src) {
		var k int
		si, k, err = enc.decodeQuantum(dst[n:], src, si)
		n += k
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// AppendDecode appends the base64 decoded src to dst and returns the extended
// buffer. If the input is malformed, it returns the partially decoded src and
// an error.
func (enc *Encoding) AppendDecode(dst, src []byte) ([]byte, error) {
	n := len(src)
	for n > 0 && rune(src[n-1]) == enc.padChar {
		n--
	}
	n = decodedLen(n, NoPadding)
	out := make([]byte, len(dst)+n)
	copy(out, dst)
	k, err := enc.Decode(out[len(dst):], src)
	return out[:len(dst)+k], err
}

// DecodeString returns the bytes represented by the base64 string s.
func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	dbuf := make([]byte, enc.DecodedLen(len(s)))
	n, err := enc.Decode(dbuf, []byte(s))
	return dbuf[:n], err
}

// encoder buffers up to two bytes between writes, so that quanta are whole.
type encoder struct {
	err  error
	enc  *Encoding
	w    io.Writer
	buf  [3]byte
	nbuf int
	out  [1024]byte
}

func (e *encoder) Write(p []byte) (n int, err error) {
	if e.err != nil {
		return 0, e.err
	}
	if e.nbuf > 0 {
		i := copy(e.buf[e.nbuf:], p)
		e.nbuf += i
		n, p = i, p[i:]
		if e.nbuf < 3 {
			return n, nil
		}
		e.enc.Encode(e.out[:], e.buf[:])
		if _, e.err = e.w.Write(e.out[:4]); e.err != nil {
			return n, e.err
		}
		e.nbuf = 0
	}
	for len(p) >= 3 {
		nn := min(len(e.out)/4*3, len(p)/3*3)
		e.enc.Encode(e.out[:], p[:nn])
		if _, e.err = e.w.Write(e.out[:nn/3*4]); e.err != nil {
			return n, e.err
		}
		n += nn
		p = p[nn:]
	}
	e.nbuf = copy(e.buf[:], p)
	return n + len(p), nil
}

// Close flushes any pending output from the encoder. It is an error to call
// Write after calling Close.
func (e *encoder) Close() error {
	if e.err == nil && e.nbuf > 0 {
		e.enc.Encode(e.out[:], e.buf[:e.nbuf])
		_, e.err = e.w.Write(e.out[:e.enc.EncodedLen(e.nbuf)])
		e.nbuf = 0
	}
	return e.err
}

// NewEncoder returns a new base64 stream encoder. Data written to the returned
// writer will be encoded using enc and then written to w. Base64 encodings
// operate in 4-byte blocks; when finished writing, the caller must Close the
// returned encoder to flush any partially written blocks.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser {
	return &encoder{enc: enc, w: w}
}

// decoder decodes whole quanta of newline-free input as it arrives.
type decoder struct {
	err     error
	readErr error // from r
	enc     *Encoding
	r       io.Reader
	buf     [1024]byte // input not yet decoded
	nbuf    int
	out     []byte // decoded output not yet returned
	outbuf  [1024 / 4 * 3]byte
}

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.out) > 0 {
		n = copy(p, d.out)
		d.out = d.out[n:]
		return n, nil
	}
	if d.err != nil {
		return 0, d.err
	}
	// read at least one quantum, as much as p can take decoded
	for d.nbuf < 4 && d.readErr == nil {
		nn := min(max(len(p)/3*4, 4), len(d.buf))
		nn, d.readErr = d.r.Read(d.buf[d.nbuf:nn])
		d.nbuf += nn
	}
	if d.nbuf < 4 {
		// the end: an unpadded tail decodes, anything else is an error
		if d.enc.padChar == NoPadding && d.nbuf > 0 {
			var nw int
			nw, d.err = d.enc.Decode(d.outbuf[:], d.buf[:d.nbuf])
			d.nbuf = 0
			d.out = d.outbuf[:nw]
			n = copy(p, d.out)
			d.out = d.out[n:]
			if n > 0 || len(p) == 0 && len(d.out) > 0 {
				return n, nil
			}
			if d.err != nil {
				return 0, d.err
			}
		}
		d.err = d.readErr
		if d.err == io.EOF && d.nbuf > 0 {
			d.err = io.ErrUnexpectedEOF
		}
		return 0, d.err
	}
	nr := d.nbuf / 4 * 4
	nw := d.nbuf / 4 * 3
	if nw > len(p) {
		nw, d.err = d.enc.Decode(d.outbuf[:], d.buf[:nr])
		d.out = d.outbuf[:nw]
		n = copy(p, d.out)
		d.out = d.out[n:]
	} else {
		n, d.err = d.enc.Decode(p, d.buf[:nr])
	}
	d.nbuf -= nr
	copy(d.buf[:d.nbuf], d.buf[nr:])
	return n, d.err
}

// newlineFilter drops '\r' and '\n' from what it reads.
type newlineFilter struct {
	r io.Reader
}

func (f *newlineFilter) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	for n > 0 {
		kept := 0
		for _, b := range p[:n] {
			if b != '\r' && b != '\n' {
				p[kept] = b
				kept++
			}
		}
		if kept > 0 {
			return kept, err
		}
		n, err = f.r.Read(p)
	}
	return n, err
}

// NewDecoder constructs a new base64 stream decoder.
func NewDecoder(enc *Encoding, r io.Reader) io.Reader {
	return &decoder{enc: enc, r: &newlineFilter{r}}
}
