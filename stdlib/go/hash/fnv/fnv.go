// Package fnv implements FNV-1 and FNV-1a, non-cryptographic hash functions
// created by Glenn Fowler, Landon Curt Noll, and Phong Vo: for each byte,
// FNV-1 multiplies by the FNV prime then XORs the byte in; FNV-1a XORs first.
//
// One state type serves each width (%T prints *fnv.sum32 for New32a too, where
// Go has a type per variant).
package fnv

import (
	"errors"
	"hash"
	"math/bits"
)

const (
	offset32        = 2166136261
	offset64        = 14695981039346656037
	offset128Lower  = 0x62b821756295c58d
	offset128Higher = 0x6c62272e07bb0142
	prime32         = 16777619
	prime64         = 1099511628211
	prime128Lower   = 0x13b // the 128-bit prime is 2^88 + 0x13b
	prime128Shift   = 24
)

// magic identifies a marshaled state: "fnv" and the variant's number, 1 to 6
// (32, 32a, 64, 64a, 128, 128a).
const magic = "fnv"

type sum32 struct {
	h uint32
	a bool // FNV-1a
}

type sum64 struct {
	h uint64
	a bool
}

type sum128 struct {
	hi, lo uint64
	a      bool
}

// New32 returns a new 32-bit FNV-1 hash.Hash. Its Sum method will lay the value
// out in big-endian byte order.
func New32() hash.Hash32 { return &sum32{offset32, false} }

// New32a returns a new 32-bit FNV-1a hash.Hash.
func New32a() hash.Hash32 { return &sum32{offset32, true} }

// New64 returns a new 64-bit FNV-1 hash.Hash.
func New64() hash.Hash64 { return &sum64{offset64, false} }

// New64a returns a new 64-bit FNV-1a hash.Hash.
func New64a() hash.Hash64 { return &sum64{offset64, true} }

// New128 returns a new 128-bit FNV-1 hash.Hash.
func New128() hash.Hash { return &sum128{offset128Higher, offset128Lower, false} }

// New128a returns a new 128-bit FNV-1a hash.Hash.
func New128a() hash.Hash { return &sum128{offset128Higher, offset128Lower, true} }

func (s *sum32) Reset()  { s.h = offset32 }
func (s *sum64) Reset()  { s.h = offset64 }
func (s *sum128) Reset() { s.hi, s.lo = offset128Higher, offset128Lower }

func (s *sum32) Sum32() uint32 { return s.h }
func (s *sum64) Sum64() uint64 { return s.h }

func (s *sum32) Write(data []byte) (int, error) {
	h := s.h
	for _, c := range data {
		if s.a {
			h = (h ^ uint32(c)) * prime32
		} else {
			h = h*prime32 ^ uint32(c)
		}
	}
	s.h = h
	return len(data), nil
}

func (s *sum64) Write(data []byte) (int, error) {
	h := s.h
	for _, c := range data {
		if s.a {
			h = (h ^ uint64(c)) * prime64
		} else {
			h = h*prime64 ^ uint64(c)
		}
	}
	s.h = h
	return len(data), nil
}

func (s *sum128) Write(data []byte) (int, error) {
	for _, c := range data {
		if s.a {
			s.lo ^= uint64(c)
		}
		// (hi·2⁶⁴ + lo)·(2⁸⁸ + 0x13b) mod 2¹²⁸
		hi, lo := bits.Mul64(prime128Lower, s.lo)
		hi += s.lo<<prime128Shift + prime128Lower*s.hi
		s.hi, s.lo = hi, lo
		if !s.a {
			s.lo ^= uint64(c)
		}
	}
	return len(data), nil
}

func (s *sum32) Size() int  { return 4 }
func (s *sum64) Size() int  { return 8 }
func (s *sum128) Size() int { return 16 }

func (s *sum32) BlockSize() int  { return 1 }
func (s *sum64) BlockSize() int  { return 1 }
func (s *sum128) BlockSize() int { return 1 }

func (s *sum32) Sum(in []byte) []byte  { return appendBE(in, uint64(s.h), 4) }
func (s *sum64) Sum(in []byte) []byte  { return appendBE(in, s.h, 8) }
func (s *sum128) Sum(in []byte) []byte { return appendBE(appendBE(in, s.hi, 8), s.lo, 8) }

// appendBE appends the low n bytes of v, most significant first.
func appendBE(b []byte, v uint64, n int) []byte {
	for i := n - 1; i >= 0; i-- {
		b = append(b, byte(v>>(8*i)))
	}
	return b
}

func readBE(b []byte, n int) uint64 {
	var v uint64
	for _, c := range b[:n] {
		v = v<<8 | uint64(c)
	}
	return v
}

// variant is the marshaled variant number: 1 for 32, 2 for 32a, ... 6 for 128a.
func variant(width int, a bool) byte {
	v := byte(1)
	if width == 64 {
		v = 3
	} else if width == 128 {
		v = 5
	}
	if a {
		v++
	}
	return v
}

func appendMagic(b []byte, width int, a bool) []byte {
	return append(append(b, magic...), variant(width, a))
}

// checkState validates a marshaled state of the variant and returns its body.
func checkState(b []byte, width int, a bool) ([]byte, error) {
	if len(b) < len(magic)+1 || string(b[:len(magic)]) != magic || b[len(magic)] != variant(width, a) {
		return nil, errors.New("hash/fnv: invalid hash state identifier")
	}
	if len(b) != len(magic)+1+width/8 {
		return nil, errors.New("hash/fnv: invalid hash state size")
	}
	return b[len(magic)+1:], nil
}

func (s *sum32) AppendBinary(b []byte) ([]byte, error) {
	return appendBE(appendMagic(b, 32, s.a), uint64(s.h), 4), nil
}

func (s *sum64) AppendBinary(b []byte) ([]byte, error) {
	return appendBE(appendMagic(b, 64, s.a), s.h, 8), nil
}

func (s *sum128) AppendBinary(b []byte) ([]byte, error) {
	return appendBE(appendBE(appendMagic(b, 128, s.a), s.hi, 8), s.lo, 8), nil
}

func (s *sum32) MarshalBinary() ([]byte, error)  { return s.AppendBinary(nil) }
func (s *sum64) MarshalBinary() ([]byte, error)  { return s.AppendBinary(nil) }
func (s *sum128) MarshalBinary() ([]byte, error) { return s.AppendBinary(nil) }

func (s *sum32) UnmarshalBinary(b []byte) error {
	body, err := checkState(b, 32, s.a)
	if err == nil {
		s.h = uint32(readBE(body, 4))
	}
	return err
}

func (s *sum64) UnmarshalBinary(b []byte) error {
	body, err := checkState(b, 64, s.a)
	if err == nil {
		s.h = readBE(body, 8)
	}
	return err
}

func (s *sum128) UnmarshalBinary(b []byte) error {
	body, err := checkState(b, 128, s.a)
	if err == nil {
		s.hi, s.lo = readBE(body, 8), readBE(body[8:], 8)
	}
	return err
}

func (s *sum32) Clone() (hash.Cloner, error) {
	r := *s
	return &r, nil
}

func (s *sum64) Clone() (hash.Cloner, error) {
	r := *s
	return &r, nil
}

func (s *sum128) Clone() (hash.Cloner, error) {
	r := *s
	return &r, nil
}
