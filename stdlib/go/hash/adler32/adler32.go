// Package adler32 implements the Adler-32 checksum (RFC 1950): two sums
// modulo 65521, s1 of the bytes plus one and s2 of the successive s1
// values, as s2<<16 | s1.
package adler32

import (
	"errors"
	"hash"
)

const (
	// mod is the largest prime below 2¹⁶.
	mod = 65521
	// nmax is the most bytes whose sums fit in 32 bits before reducing:
	// 255·n·(n+1)/2 + (n+1)·(mod-1) <= 2³²-1.
	nmax = 5552
)

// The size of an Adler-32 checksum in bytes.
const Size = 4

// digest is the running checksum, s2<<16 | s1.
type digest uint32

func (d *digest) Reset() { *d = 1 }

// New returns a new hash.Hash32 computing the Adler-32 checksum. Its Sum
// method will lay the value out in big-endian byte order.
func New() hash.Hash32 {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return 4 }
func (d *digest) Sum32() uint32  { return uint32(*d) }

func (d *digest) Write(p []byte) (nn int, err error) {
	*d = update(*d, p)
	return len(p), nil
}

func (d *digest) Sum(in []byte) []byte { return appendBE32(in, uint32(*d)) }

// update adds p to the checksum d, reducing the sums every nmax bytes.
func update(d digest, p []byte) digest {
	s1, s2 := uint32(d&0xffff), uint32(d>>16)
	for len(p) > 0 {
		n := min(len(p), nmax)
		for _, x := range p[:n] {
			s1 += uint32(x)
			s2 += s1
		}
		s1 %= mod
		s2 %= mod
		p = p[n:]
	}
	return digest(s2<<16 | s1)
}

// Checksum returns the Adler-32 checksum of data.
func Checksum(data []byte) uint32 { return uint32(update(1, data)) }

func appendBE32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

// A marshaled state is magic and the checksum.
const (
	magic         = "adl\x01"
	marshaledSize = len(magic) + 4
)

func (d *digest) AppendBinary(b []byte) ([]byte, error) {
	b = append(b, magic...)
	return appendBE32(b, uint32(*d)), nil
}

func (d *digest) MarshalBinary() ([]byte, error) {
	return d.AppendBinary(make([]byte, 0, marshaledSize))
}

func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return errors.New("hash/adler32: invalid hash state identifier")
	}
	if len(b) != marshaledSize {
		return errors.New("hash/adler32: invalid hash state size")
	}
	*d = digest(uint32(b[4])<<24 | uint32(b[5])<<16 | uint32(b[6])<<8 | uint32(b[7]))
	return nil
}

func (d *digest) Clone() (hash.Cloner, error) {
	r := *d
	return &r, nil
}
