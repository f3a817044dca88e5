// Package base32 implements base32 encoding as specified by RFC 4648.
package base32

import (
	"io"
	"slices"
	"strconv"
)

// An Encoding is a radix 32 encoding/decoding scheme, defined by a
// 32-character alphabet. The most common is the "base32" encoding introduced
// for SASL GSSAPI and standardized in RFC 4648. The alternate "base32hex"
// encoding is used in DNSSEC.
type Encoding struct {
	// symbols is the alphabet: the symbol of each 5-bit value.
	symbols [32]byte
	// values maps a byte to the 5-bit value it is the symbol of, or to
	// invalid.
	values [256]byte
	// pad is the padding byte, or NoPadding.
	pad rune
}

const (
	StdPadding rune = '=' // Standard padding character
	NoPadding  rune = -1  // No padding
)

// invalid marks a byte that is no symbol of an alphabet.
const invalid = 0xff

// NewEncoding returns a new padded Encoding defined by the given alphabet,
// which must be a 32-byte string that contains unique byte values and does
// not contain the padding character or CR / LF ('\r', '\n'). The resulting
// Encoding uses the default padding character ('='), which may be changed or
// disabled via Encoding.WithPadding.
func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 32 {
		panic("encoding alphabet is not 32-bytes long")
	}
	e := &Encoding{pad: StdPadding}
	for i := range e.values {
		e.values[i] = invalid
	}
	for i := 0; i < 32; i++ {
		c := encoder[i]
		if c == '\n' || c == '\r' {
			panic("encoding alphabet contains newline character")
		}
		if e.values[c] != invalid {
			panic("encoding alphabet includes duplicate symbols")
		}
		e.symbols[i] = c
		e.values[c] = byte(i)
	}
	return e
}

// StdEncoding is the standard base32 encoding, as defined in RFC 4648.
var StdEncoding = NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

// HexEncoding is the “Extended Hex Alphabet” defined in RFC 4648. It is
// typically used in DNS.
var HexEncoding = NewEncoding("0123456789ABCDEFGHIJKLMNOPQRSTUV")

// WithPadding creates a new encoding identical to enc except with a
// specified padding character, or NoPadding to disable padding. The padding
// character must not be '\r' or '\n', must not be contained in the
// encoding's alphabet, must not be negative, and must be a rune equal or
// below '\xff'.
func (enc Encoding) WithPadding(padding rune) *Encoding {
	if padding < NoPadding || padding == '\r' || padding == '\n' || padding > 0xff {
		panic("invalid padding")
	}
	if padding != NoPadding && enc.values[byte(padding)] != invalid {
		panic("padding contained in alphabet")
	}
	enc.pad = padding
	return &enc
}

// symbolsFor is how many symbols encode the last n (1 to 5) bytes of the
// input: as many as hold their bits.
func symbolsFor(n int) int { return (n*8 + 4) / 5 }

// Encode encodes src using the encoding enc, writing EncodedLen(len(src))
// bytes to dst.
//
// The encoding pads the output to a multiple of 8 bytes, so Encode is not
// appropriate for use on individual blocks of a large data stream. Use
// NewEncoder instead.
func (enc *Encoding) Encode(dst, src []byte) {
	for len(src) > 0 {
		// a block of up to 5 bytes is 40 bits: 8 symbols of 5
		n := min(len(src), 5)
		var bits uint64
		for i := 0; i < 5; i++ {
			bits <<= 8
			if i < n {
				bits |= uint64(src[i])
			}
		}
		k := symbolsFor(n)
		_ = dst[k-1] // a short dst panics as Go's does, at its last symbol
		for i := 0; i < k; i++ {
			dst[i] = enc.symbols[bits>>(35-5*i)&31]
		}
		if enc.pad != NoPadding {
			for i := k; i < 8; i++ {
				dst[i] = byte(enc.pad)
			}
		}
		src = src[n:]
		dst = dst[min(8, len(dst)):]
	}
}

// AppendEncode appends the base32 encoded src to dst and returns the
// extended buffer.
func (enc *Encoding) AppendEncode(dst, src []byte) []byte {
	n := enc.EncodedLen(len(src))
	dst = slices.Grow(dst, n)
	enc.Encode(dst[len(dst):][:n], src)
	return dst[:len(dst)+n]
}

// EncodeToString returns the base32 encoding of src.
func (enc *Encoding) EncodeToString(src []byte) string {
	buf := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(buf, src)
	return string(buf)
}

// EncodedLen returns the length in bytes of the base32 encoding of an input
// buffer of length n.
func (enc *Encoding) EncodedLen(n int) int {
	if enc.pad == NoPadding {
		return n/5*8 + (n%5*8+4)/5
	}
	return (n + 4) / 5 * 8
}

// DecodedLen returns the maximum length in bytes of the decoded data
// corresponding to n bytes of base32-encoded data.
func (enc *Encoding) DecodedLen(n int) int { return decodedLen(n, enc.pad) }

func decodedLen(n int, pad rune) int {
	if pad == NoPadding {
		return n/8*5 + n%8*5/8
	}
	return n / 8 * 5
}

// A CorruptInputError reports the offset of the byte of the input at which
// it is not base32.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base32 data at input byte " + strconv.FormatInt(int64(e), 10)
}

// bytesFor is how many bytes a final block of n symbols decodes to; 0 for
// the counts no block ends with (no padding leaves 1, 3 or 6 symbols).
var bytesFor = [9]int{2: 1, 4: 2, 5: 3, 7: 4, 8: 5}

// decode decodes src, which holds no newlines, into dst, block by block of
// 8 symbols, and reports whether it met the padding that ends the data.
// Errors give the offset, in src, of the first byte that cannot be, as Go's
// decoder reports it.
func (enc *Encoding) decode(dst, src []byte) (n int, end bool, err error) {
	total := len(src)
	at := func() int { return total - len(src) } // offset of src's next byte
	for out := 0; len(src) > 0 && !end; out += 5 {
		var bits uint64
		k := 0 // symbols of this block
		for k < 8 {
			if len(src) == 0 {
				if enc.pad != NoPadding {
					return n, false, CorruptInputError(at() - k)
				}
				end = true
				break
			}
			c := src[0]
			src = src[1:]
			if c == byte(enc.pad) && k >= 2 && len(src) < 8 {
				// the padding: the rest of the block's 8 bytes
				if len(src)+k < 7 {
					return n, false, CorruptInputError(total)
				}
				for i := 0; i < 7-k; i++ {
					if len(src) > i && src[i] != byte(enc.pad) {
						return n, false, CorruptInputError(at() + i - 1)
					}
				}
				end = true
				if bytesFor[k] == 0 {
					return n, false, CorruptInputError(at() - 1)
				}
				break
			}
			v := enc.values[c]
			if v == invalid {
				return n, false, CorruptInputError(at() - 1)
			}
			bits |= uint64(v) << (35 - 5*k)
			k++
		}
		// last byte first: a short dst panics as Go's does
		for i := bytesFor[k] - 1; i >= 0; i-- {
			dst[out+i] = byte(bits >> (32 - 8*i))
		}
		n += bytesFor[k]
	}
	return n, end, nil
}

// stripNewlines copies src to dst without its '\r' and '\n' bytes, which
// decoders ignore, and returns how many it copied.
func stripNewlines(dst, src []byte) int {
	n := 0
	for _, c := range src {
		if c != '\r' && c != '\n' {
			dst[n] = c
			n++
		}
	}
	return n
}

// Decode decodes src using the encoding enc. It writes at most
// DecodedLen(len(src)) bytes to dst and returns the number of bytes written.
// If src contains invalid base32 data, it will return the number of bytes
// successfully written and CorruptInputError. Newline characters (\r and \n)
// are ignored.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	buf := make([]byte, len(src))
	l := stripNewlines(buf, src)
	n, _, err = enc.decode(dst, buf[:l])
	return n, err
}

// AppendDecode appends the base32 decoded src to dst and returns the
// extended buffer. If the input is malformed, it returns the partially
// decoded src and an error. New line characters (\r and \n) are ignored.
func (enc *Encoding) AppendDecode(dst, src []byte) ([]byte, error) {
	n := len(src)
	for n > 0 && rune(src[n-1]) == enc.pad {
		n--
	}
	n = decodedLen(n, NoPadding)
	dst = slices.Grow(dst, n)
	n, err := enc.Decode(dst[len(dst):][:n], src)
	return dst[:len(dst)+n], err
}

// DecodeString returns the bytes represented by the base32 string s. If the
// input is malformed, it returns the partially decoded data and
// CorruptInputError. New line characters (\r and \n) are ignored.
func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	buf := []byte(s)
	l := stripNewlines(buf, buf)
	n, _, err := enc.decode(buf, buf[:l])
	return buf[:n], err
}

// encoder is the stream NewEncoder makes: it encodes whole blocks of 5
// bytes as they come and keeps the rest for the next Write or Close.
type encoder struct {
	enc   *Encoding
	w     io.Writer
	err   error // the first error of w's, returned from then on
	part  [5]byte
	npart int
	out   [1024]byte
}

// NewEncoder returns a new base32 stream encoder. Data written to the
// returned writer will be encoded using enc and then written to w. Base32
// encodings operate in 5-byte blocks; when finished writing, the caller must
// Close the returned encoder to flush any partially written blocks.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser {
	return &encoder{enc: enc, w: w}
}

func (e *encoder) Write(p []byte) (n int, err error) {
	if e.err != nil {
		return 0, e.err
	}
	if e.npart > 0 {
		c := copy(e.part[e.npart:], p)
		e.npart += c
		n += c
		p = p[c:]
		if e.npart < 5 {
			return n, nil
		}
		e.enc.Encode(e.out[:], e.part[:])
		if _, e.err = e.w.Write(e.out[:8]); e.err != nil {
			return n, e.err
		}
		e.npart = 0
	}
	for len(p) >= 5 {
		chunk := min(len(p)/5*5, len(e.out)/8*5)
		e.enc.Encode(e.out[:], p[:chunk])
		if _, e.err = e.w.Write(e.out[:chunk/5*8]); e.err != nil {
			return n, e.err
		}
		n += chunk
		p = p[chunk:]
	}
	e.npart = copy(e.part[:], p)
	return n + e.npart, nil
}

// Close flushes any pending output from the encoder. It is an error to call
// Write after calling Close.
func (e *encoder) Close() error {
	if e.err == nil && e.npart > 0 {
		e.enc.Encode(e.out[:], e.part[:e.npart])
		k := e.enc.EncodedLen(e.npart)
		e.npart = 0
		_, e.err = e.w.Write(e.out[:k])
	}
	return e.err
}

// decoder is the stream NewDecoder makes: it reads encoded data (without
// newlines) a block of 8 at least at a time when padded, decodes the whole
// blocks it has, and keeps the rest of the input, and the decoded bytes the
// caller had no room for, for the next Read.
type decoder struct {
	enc  *Encoding
	r    io.Reader
	err  error // from r, or the data's; returned once the output before it is
	end  bool  // the padding that ends the data was met
	in   [1024]byte
	nin  int
	out  []byte // decoded and not yet returned
	outb [1024 / 8 * 5]byte
}

// NewDecoder constructs a new base32 stream decoder.
func NewDecoder(enc *Encoding, r io.Reader) io.Reader {
	return &decoder{enc: enc, r: &newlineFilter{r}}
}

// readAtLeast reads into buf until it holds least bytes or r fails; a short
// read at the end of the input is io.ErrUnexpectedEOF, as is the end of the
// input in the middle of a padded block.
func readAtLeast(r io.Reader, buf []byte, least int, padded bool) (n int, err error) {
	for n < least && err == nil {
		var k int
		k, err = r.Read(buf[n:])
		n += k
	}
	if err == io.EOF && (n > 0 && n < least || padded && least < 8 && n == 0) {
		err = io.ErrUnexpectedEOF
	}
	return n, err
}

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.out) > 0 {
		n = copy(p, d.out)
		d.out = d.out[n:]
		if len(d.out) == 0 {
			return n, d.err
		}
		return n, nil
	}
	if d.err != nil {
		return 0, d.err
	}
	want := min(max((len(p)+4)/5*8, 8), len(d.in))
	padded := d.enc.pad != NoPadding
	least := 1
	if padded {
		least = 8 - d.nin
	}
	var k int
	k, d.err = readAtLeast(d.r, d.in[d.nin:want], least, padded)
	d.nin += k
	if d.nin < least {
		return 0, d.err
	}
	if k > 0 && d.end {
		return 0, CorruptInputError(0)
	}
	whole := d.nin
	if padded {
		whole = d.nin / 8 * 8
	}
	if room := d.enc.DecodedLen(d.nin); room > len(p) {
		var m int
		m, d.end, err = d.enc.decode(d.outb[:], d.in[:whole])
		d.out = d.outb[:m]
		n = copy(p, d.out)
		d.out = d.out[n:]
	} else {
		n, d.end, err = d.enc.decode(p, d.in[:whole])
	}
	d.nin = copy(d.in[:], d.in[whole:d.nin])
	if err != nil && (d.err == nil || d.err == io.EOF) {
		d.err = err
	}
	if len(d.out) > 0 {
		// the rest comes (with the error) on the next Read
		return n, nil
	}
	return n, d.err
}

// newlineFilter reads from r without its '\r' and '\n' bytes.
type newlineFilter struct{ r io.Reader }

func (f *newlineFilter) Read(p []byte) (int, error) {
	for {
		n, err := f.r.Read(p)
		if n == 0 {
			return 0, err
		}
		if m := stripNewlines(p[:n], p[:n]); m > 0 || err != nil {
			return m, err
		}
	}
}
