// Package crc64 implements the 64-bit cyclic redundancy check, or CRC-64,
// checksum, bit-reversed as crc32's, a byte at a time from a 256-entry table.
package crc64

import (
	"errors"
	"hash"
)

// The size of a CRC-64 checksum in bytes.
const Size = 8

// Predefined polynomials, in reversed notation.
const (
	// The ISO polynomial, defined in ISO 3309 and used in HDLC.
	ISO = 0xD800000000000000
	// The ECMA polynomial, defined in ECMA 182.
	ECMA = 0xC96C5795D7870F42
)

// Table is a 256-word table representing the polynomial for efficient
// processing.
type Table [256]uint64

// The two predefined polynomials' tables, shared by every MakeTable.
var (
	isoTable  = makeTable(ISO)
	ecmaTable = makeTable(ECMA)
)

// MakeTable returns a Table constructed from the specified polynomial. The
// contents of this Table must not be modified.
func MakeTable(poly uint64) *Table {
	switch poly {
	case ISO:
		return isoTable
	case ECMA:
		return ecmaTable
	}
	return makeTable(poly)
}

func makeTable(poly uint64) *Table {
	t := new(Table)
	for i := range t {
		crc := uint64(i)
		for j := 0; j < 8; j++ {
			if crc&1 == 1 {
				crc = crc>>1 ^ poly
			} else {
				crc >>= 1
			}
		}
		t[i] = crc
	}
	return t
}

// Update returns the result of adding the bytes in p to the crc.
func Update(crc uint64, tab *Table, p []byte) uint64 {
	crc = ^crc
	for _, v := range p {
		crc = tab[byte(crc)^v] ^ crc>>8
	}
	return ^crc
}

// Checksum returns the CRC-64 checksum of data using the polynomial
// represented by the Table.
func Checksum(data []byte, tab *Table) uint64 { return Update(0, tab, data) }

// digest represents the partial evaluation of a checksum.
type digest struct {
	crc uint64
	tab *Table
}

// New creates a new hash.Hash64 computing the CRC-64 checksum using the
// polynomial represented by the Table. Its Sum method will lay the value out
// in big-endian byte order.
func New(tab *Table) hash.Hash64 { return &digest{0, tab} }

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return 1 }
func (d *digest) Reset()         { d.crc = 0 }
func (d *digest) Sum64() uint64  { return d.crc }

func (d *digest) Write(p []byte) (n int, err error) {
	d.crc = Update(d.crc, d.tab, p)
	return len(p), nil
}

func (d *digest) Sum(in []byte) []byte { return appendBE64(in, d.crc) }

func appendBE64(b []byte, v uint64) []byte {
	return append(b, byte(v>>56), byte(v>>48), byte(v>>40), byte(v>>32), byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func be64(b []byte) uint64 {
	var v uint64
	for _, c := range b[:8] {
		v = v<<8 | uint64(c)
	}
	return v
}

// A marshaled state is magic, the ISO checksum of the table (so a state
// restores only into a digest of the same polynomial), and the crc.
const (
	magic         = "crc\x02"
	marshaledSize = len(magic) + 8 + 8
)

func (d *digest) AppendBinary(b []byte) ([]byte, error) {
	b = append(b, magic...)
	b = appendBE64(b, tableSum(d.tab))
	return appendBE64(b, d.crc), nil
}

func (d *digest) MarshalBinary() ([]byte, error) {
	return d.AppendBinary(make([]byte, 0, marshaledSize))
}

func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return errors.New("hash/crc64: invalid hash state identifier")
	}
	if len(b) != marshaledSize {
		return errors.New("hash/crc64: invalid hash state size")
	}
	if tableSum(d.tab) != be64(b[4:]) {
		return errors.New("hash/crc64: tables do not match")
	}
	d.crc = be64(b[12:])
	return nil
}

func (d *digest) Clone() (hash.Cloner, error) {
	r := *d
	return &r, nil
}

// tableSum returns the ISO checksum of table t's words, big-endian.
func tableSum(t *Table) uint64 {
	b := make([]byte, 0, 2048)
	if t != nil {
		for _, x := range t {
			b = appendBE64(b, x)
		}
	}
	return Checksum(b, isoTable)
}
