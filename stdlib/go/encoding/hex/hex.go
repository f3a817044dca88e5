// Package hex implements hexadecimal encoding and decoding, as Go's
// encoding/hex.
package hex

import (
	"errors"
	"fmt"
	"io"
)

const hextable = "0123456789abcdef"

// ErrLength reports an attempt to decode an odd-length input.
var ErrLength = errors.New("encoding/hex: odd length hex string")

// InvalidByteError values describe errors resulting from an invalid byte in a
// hex string.
type InvalidByteError byte

func (e InvalidByteError) Error() string {
	return fmt.Sprintf("encoding/hex: invalid byte: %#U", rune(e))
}

// EncodedLen returns the length of an encoding of n source bytes.
func EncodedLen(n int) int { return n * 2 }

// Encode encodes src into EncodedLen(len(src)) bytes of dst; it returns the
// number of bytes written.
func Encode(dst, src []byte) int {
	for i, v := range src {
		dst[2*i] = hextable[v>>4]
		dst[2*i+1] = hextable[v&0x0f]
	}
	return len(src) * 2
}

// AppendEncode appends the hexadecimal encoding of src to dst.
func AppendEncode(dst, src []byte) []byte {
	for _, v := range src {
		dst = append(dst, hextable[v>>4], hextable[v&0x0f])
	}
	return dst
}

// EncodeToString returns the hexadecimal encoding of src.
func EncodeToString(src []byte) string {
	dst := make([]byte, EncodedLen(len(src)))
	Encode(dst, src)
	return string(dst)
}

// DecodedLen returns the length of a decoding of x source bytes.
func DecodedLen(x int) int { return x / 2 }

// fromHex is the value of hex digit c, or 0xff.
func fromHex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return 0xff
}

// Decode decodes src into DecodedLen(len(src)) bytes of dst, returning the
// number of bytes written. An invalid byte is reported before an odd length.
func Decode(dst, src []byte) (int, error) {
	i := 0
	for ; 2*i+1 < len(src); i++ {
		p, q := src[2*i], src[2*i+1]
		a, b := fromHex(p), fromHex(q)
		if a > 0x0f {
			return i, InvalidByteError(p)
		}
		if b > 0x0f {
			return i, InvalidByteError(q)
		}
		dst[i] = a<<4 | b
	}
	if len(src)%2 == 1 {
		if last := src[len(src)-1]; fromHex(last) > 0x0f {
			return i, InvalidByteError(last)
		}
		return i, ErrLength
	}
	return i, nil
}

// AppendDecode appends the decoding of src to dst (what was decoded before an
// error, and the error).
func AppendDecode(dst, src []byte) ([]byte, error) {
	n := len(dst)
	out := append(dst, make([]byte, DecodedLen(len(src)))...)
	k, err := Decode(out[n:], src)
	return out[:n+k], err
}

// DecodeString returns the bytes represented by the hexadecimal string s.
func DecodeString(s string) ([]byte, error) {
	src := []byte(s)
	n, err := Decode(src, src)
	return src[:n], err
}

// Dump returns a string that contains a hex dump of the given data, as
// `hexdump -C` prints it: per 16 bytes, the offset, the bytes in two groups of
// eight, and the printable ASCII ones between bars.
func Dump(data []byte) string {
	var out []byte
	for off := 0; off < len(data); off += 16 {
		out = dumpLine(out, off, data[off:min(off+16, len(data))])
	}
	return string(out)
}

// dumpLine appends the Dump line of the (at most 16) bytes at offset off.
func dumpLine(out []byte, off int, line []byte) []byte {
	out = append(out, fmt.Sprintf("%08x  ", off)...)
	for i := 0; i < 16; i++ {
		if i < len(line) {
			out = append(out, hextable[line[i]>>4], hextable[line[i]&0x0f], ' ')
		} else {
			out = append(out, "   "...)
		}
		if i == 7 {
			out = append(out, ' ')
		}
	}
	out = append(out, " |"...)
	for _, c := range line {
		if c < 32 || c > 126 {
			c = '.'
		}
		out = append(out, c)
	}
	return append(out, "|\n"...)
}

// Dumper returns a WriteCloser that writes a hex dump of all written data to
// w, in Dump's format: each complete line as soon as it is, the last one at
// Close.
func Dumper(w io.Writer) io.WriteCloser { return &dumper{w: w} }

type dumper struct {
	w       io.Writer
	off     int    // offset of pending's first byte
	pending []byte // the bytes of the current line (fewer than 16)
	closed  bool
}

func (d *dumper) Write(data []byte) (n int, err error) {
	if d.closed {
		return 0, errors.New("encoding/hex: dumper closed")
	}
	for len(data) > 0 {
		k := min(16-len(d.pending), len(data))
		d.pending = append(d.pending, data[:k]...)
		data = data[k:]
		n += k
		if len(d.pending) == 16 {
			if _, err := d.w.Write(dumpLine(nil, d.off, d.pending)); err != nil {
				return n, err
			}
			d.off += 16
			d.pending = d.pending[:0]
		}
	}
	return n, nil
}

func (d *dumper) Close() error {
	if d.closed {
		return nil
	}
	d.closed = true
	if len(d.pending) == 0 {
		return nil
	}
	_, err := d.w.Write(dumpLine(nil, d.off, d.pending))
	return err
}

// NewEncoder returns an io.Writer that writes lowercase hexadecimal characters
// to w.
func NewEncoder(w io.Writer) io.Writer { return &encoder{w: w} }

type encoder struct{ w io.Writer }

func (e *encoder) Write(p []byte) (n int, err error) {
	for len(p) > 0 {
		chunk := p[:min(len(p), 512)]
		if _, err = e.w.Write(AppendEncode(nil, chunk)); err != nil {
			return n, err
		}
		n += len(chunk)
		p = p[len(chunk):]
	}
	return n, nil
}

// NewDecoder returns an io.Reader that decodes hexadecimal characters from r;
// it expects an even number of them.
func NewDecoder(r io.Reader) io.Reader { return &decoder{r: r} }

type decoder struct {
	r   io.Reader
	err error  // the error to report once in is used up
	in  []byte // hex characters read and not yet decoded
	arr [1024]byte
}

func (d *decoder) Read(p []byte) (n int, err error) {
	// keep at least a pair of characters, unless the input has ended
	if len(d.in) < 2 && d.err == nil {
		k := copy(d.arr[:], d.in)
		m, err := d.r.Read(d.arr[k:])
		d.in, d.err = d.arr[:k+m], err
		if err == io.EOF && len(d.in)%2 != 0 {
			if last := d.in[len(d.in)-1]; fromHex(last) > 0x0f {
				d.err = InvalidByteError(last)
			} else {
				d.err = io.ErrUnexpectedEOF
			}
		}
	}
	p = p[:min(len(p), len(d.in)/2)]
	n, err = Decode(p, d.in[:2*len(p)])
	d.in = d.in[2*n:]
	if err != nil {
		d.in, d.err = nil, err
	}
	if len(d.in) < 2 {
		return n, d.err
	}
	return n, err
}
