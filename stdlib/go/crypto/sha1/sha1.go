// Package sha1 implements the SHA-1 hash algorithm as defined in RFC 3174.
//
// SHA-1 is cryptographically broken and should not be used for secure
// applications.
package sha1

import (
	"encoding/binary"
	"hash"
	"internal/mdhash"
	"math/bits"
)

// The size of a SHA-1 checksum in bytes.
const Size = 20

// The blocksize of SHA-1 in bytes.
const BlockSize = 64

var initState = [5]uint32{0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0}

// block runs the compression function over each 64-byte block of p.
func block(s *[5]uint32, p []byte) {
	var w [80]uint32
	for ; len(p) >= BlockSize; p = p[BlockSize:] {
		for i := 0; i < 16; i++ {
			w[i] = binary.BigEndian.Uint32(p[4*i:])
		}
		for i := 16; i < 80; i++ {
			w[i] = bits.RotateLeft32(w[i-3]^w[i-8]^w[i-14]^w[i-16], 1)
		}
		a, b, c, d, e := s[0], s[1], s[2], s[3], s[4]
		for i := 0; i < 80; i++ {
			var f, k uint32
			switch i / 20 {
			case 0:
				f, k = b&c|^b&d, 0x5A827999
			case 1:
				f, k = b^c^d, 0x6ED9EBA1
			case 2:
				f, k = b&c|b&d|c&d, 0x8F1BBCDC
			default:
				f, k = b^c^d, 0xCA62C1D6
			}
			a, b, c, d, e = bits.RotateLeft32(a, 5)+f+e+k+w[i], a, bits.RotateLeft32(b, 30), c, d
		}
		s[0] += a
		s[1] += b
		s[2] += c
		s[3] += d
		s[4] += e
	}
}

type digest struct {
	mdhash.Digest[[5]uint32]
}

// New returns a new hash.Hash computing the SHA1 checksum.
func New() hash.Hash { return &digest{mdhash.New(initState, block, BlockSize, 8, true)} }

func (d *digest) Reset()         { d.Digest.Reset(initState) }
func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return BlockSize }

func (d *digest) Sum(in []byte) []byte {
	s := d.Final()
	for _, w := range s {
		in = binary.BigEndian.AppendUint32(in, w)
	}
	return in
}

// Sum returns the SHA-1 checksum of the data.
func Sum(data []byte) [Size]byte {
	var sum [Size]byte
	d := New()
	d.Write(data)
	d.Sum(sum[:0])
	return sum
}
