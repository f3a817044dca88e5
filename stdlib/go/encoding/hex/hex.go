// Package hex implements hexadecimal encoding and decoding, as Go's
// encoding/hex. (Its streaming Dumper, NewEncoder and NewDecoder need package
// io, which minigo does not offer yet; Dump is here.)
package hex

import (
	"errors"
	"fmt"
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
	if len(data) == 0 {
		return ""
	}
	var out []byte
	for off := 0; off < len(data); off += 16 {
		line := data[off:]
		if len(line) > 16 {
			line = line[:16]
		}
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
		out = append(out, "|\n"...)
	}
	return string(out)
}
