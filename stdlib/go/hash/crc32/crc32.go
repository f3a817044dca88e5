// Package crc32 implements the 32-bit cyclic redundancy check, or CRC-32,
// checksum, bit-reversed ("reflected") as in Ethernet and zlib, computed a
// byte at a time from a 256-entry table.
package crc32

import (
	"errors"
	"hash"
)

// The size of a CRC-32 checksum in bytes.
const Size = 4

// Predefined polynomials, in reversed notation.
const (
	// IEEE is by far and away the most common CRC-32 polynomial.
	IEEE = 0xedb88320
	// Castagnoli's polynomial, used in iSCSI.
	Castagnoli = 0x82f63b78
	// Koopman's polynomial.
	Koopman = 0xeb31d82e
)

// Table is a 256-word table representing the polynomial for efficient
// processing.
type Table [256]uint32

// IEEETable is the table for the IEEE polynomial.
var IEEETable = makeTable(IEEE)

var castagnoliTable = makeTable(Castagnoli)

// MakeTable returns a Table constructed from the specified polynomial. The
// contents of this Table must not be modified.
func MakeTable(poly uint32) *Table {
	switch poly {
	case IEEE:
		return IEEETable
	case Castagnoli:
		return castagnoliTable
	}
	return makeTable(poly)
}

func makeTable(poly uint32) *Table {
	t := new(Table)
	for i := range t {
		crc := uint32(i)
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
func Update(crc uint32, tab *Table, p []byte) uint32 {
	crc = ^crc
	for _, v := range p {
		crc = tab[byte(crc)^v] ^ crc>>8
	}
	return ^crc
}

// Checksum returns the CRC-32 checksum of data using the polynomial
// represented by the Table.
func Checksum(data []byte, tab *Table) uint32 { return Update(0, tab, data) }

// ChecksumIEEE returns the CRC-32 checksum of data using the IEEE polynomial.
func ChecksumIEEE(data []byte) uint32 { return Update(0, IEEETable, data) }

// digest represents the partial evaluation of a checksum.
type digest struct {
	crc uint32
	tab *Table
}

// New creates a new hash.Hash32 computing the CRC-32 checksum using the
// polynomial represented by the Table. Its Sum method will lay the value out
// in big-endian byte order.
func New(tab *Table) hash.Hash32 { return &digest{0, tab} }

// NewIEEE creates a new hash.Hash32 computing the CRC-32 checksum using the
// IEEE polynomial.
func NewIEEE() hash.Hash32 { return New(IEEETable) }

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return 1 }
func (d *digest) Reset()         { d.crc = 0 }
func (d *digest) Sum32() uint32  { return d.crc }

func (d *digest) Write(p []byte) (n int, err error) {
	d.crc = Update(d.crc, d.tab, p)
	return len(p), nil
}

func (d *digest) Sum(in []byte) []byte { return appendBE32(in, d.crc) }

func appendBE32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func be32(b []byte) uint32 {
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}

// A marshaled state is magic, the IEEE checksum of the table (so a state
// restores only into a digest of the same polynomial), and the crc.
const (
	magic         = "crc\x01"
	marshaledSize = len(magic) + 4 + 4
)

func (d *digest) AppendBinary(b []byte) ([]byte, error) {
	b = append(b, magic...)
	b = appendBE32(b, tableSum(d.tab))
	return appendBE32(b, d.crc), nil
}

func (d *digest) MarshalBinary() ([]byte, error) {
	return d.AppendBinary(make([]byte, 0, marshaledSize))
}

func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return errors.New("hash/crc32: invalid hash state identifier")
	}
	if len(b) != marshaledSize {
		return errors.New("hash/crc32: invalid hash state size")
	}
	if tableSum(d.tab) != be32(b[4:]) {
		return errors.New("hash/crc32: tables do not match")
	}
	d.crc = be32(b[8:])
	return nil
}

func (d *digest) Clone() (hash.Cloner, error) {
	r := *d
	return &r, nil
}

// tableSum returns the IEEE checksum of table t's words, big-endian.
func tableSum(t *Table) uint32 {
	b := make([]byte, 0, 1024)
	if t != nil {
		for _, x := range t {
			b = appendBE32(b, x)
		}
	}
	return ChecksumIEEE(b)
}
