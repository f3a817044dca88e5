package rand

import (
	"errors"
	"math/bits"
)

// A PCG is a PCG generator with 128 bits of internal state: a 128-bit linear
// congruential generator whose output is scrambled by the DXSM permutation
// ("double xorshift multiply"). Its sequence for a seed is Go's, number for
// number. The zero PCG is equivalent to NewPCG(0, 0).
type PCG struct {
	hi uint64 // the state, hi·2⁶⁴ + lo
	lo uint64
}

// NewPCG returns a new PCG seeded with the given values.
func NewPCG(seed1, seed2 uint64) *PCG { return &PCG{seed1, seed2} }

// Seed resets the PCG to behave the same way as NewPCG(seed1, seed2).
func (p *PCG) Seed(seed1, seed2 uint64) {
	p.hi = seed1
	p.lo = seed2
}

// AppendBinary implements the encoding.BinaryAppender interface.
func (p *PCG) AppendBinary(b []byte) ([]byte, error) {
	b = append(b, "pcg:"...)
	b = appendBE64(b, p.hi)
	b = appendBE64(b, p.lo)
	return b, nil
}

// MarshalBinary implements the encoding.BinaryMarshaler interface.
func (p *PCG) MarshalBinary() ([]byte, error) {
	return p.AppendBinary(make([]byte, 0, 20))
}

var errUnmarshalPCG = errors.New("invalid PCG encoding")

// UnmarshalBinary implements the encoding.BinaryUnmarshaler interface.
func (p *PCG) UnmarshalBinary(data []byte) error {
	if len(data) != 20 || string(data[:4]) != "pcg:" {
		return errUnmarshalPCG
	}
	p.hi = be64(data[4:])
	p.lo = be64(data[12:])
	return nil
}

func appendBE64(b []byte, v uint64) []byte {
	for s := 56; s >= 0; s -= 8 {
		b = append(b, byte(v>>s))
	}
	return b
}

func be64(b []byte) uint64 {
	var v uint64
	for _, c := range b[:8] {
		v = v<<8 | uint64(c)
	}
	return v
}

// next steps the LCG, state = state·mul + inc (mod 2¹²⁸), with the multiplier
// and increment of the PCG reference implementation, and returns the new state.
func (p *PCG) next() (hi, lo uint64) {
	const (
		mulHi = 2549297995355413924
		mulLo = 4865540595714422341
		incHi = 6364136223846793005
		incLo = 1442695040888963407
	)
	hi, lo = bits.Mul64(p.lo, mulLo)
	hi += p.hi*mulLo + p.lo*mulHi
	lo, c := bits.Add64(lo, incLo, 0)
	hi, _ = bits.Add64(hi, incHi, c)
	p.lo, p.hi = lo, hi
	return hi, lo
}

// Uint64 returns a uniformly-distributed random uint64 value: the DXSM
// permutation of the new state.
func (p *PCG) Uint64() uint64 {
	hi, lo := p.next()
	const cheapMul = 0xda942042e4dd58b5
	hi ^= hi >> 32
	hi *= cheapMul
	hi ^= hi >> 48
	hi *= lo | 1
	return hi
}
