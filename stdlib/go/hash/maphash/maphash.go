// Package maphash provides hash functions on byte sequences and comparable
// values. These hash functions are intended to be used to implement hash
// tables or other data structures that need to map arbitrary strings or byte
// sequences to a uniform distribution on unsigned 64-bit integers. Each
// different instance of a hash table or data structure should use its own
// Seed.
//
// The hash functions are not cryptographically secure.
//
// minigo's hashes are the runtime's map hash (runtime/src/typealg.rs) of the
// bytes, taken a block of 128 bytes at a time with the hash of the blocks
// before as the seed, so that a Hash fed the same bytes in any pieces and
// Bytes of them agree; values are hashed as a map of their type hashes them.
package maphash

import (
	"hash"
	"unsafe"
)

// A Seed is a random value that selects the specific hash function computed
// by a Hash. If two Hashes use the same Seeds, they will compute the same
// hash values for any given input. If two Hashes use different Seeds, they
// are very likely to compute distinct hash values for any given input.
//
// A Seed must be initialized by calling MakeSeed. The zero seed is
// uninitialized and not valid for use with Hash's SetSeed method.
//
// Each Seed value is local to a single process and cannot be serialized or
// otherwise recreated in a different process.
type Seed struct {
	s uint64 // not 0
}

// blockSize is how many bytes are hashed at a time.
const blockSize = 128

// mustBeMade panics if s is the zero Seed.
func (s Seed) mustBeMade() {
	if s.s == 0 {
		panic("maphash: use of uninitialized Seed")
	}
}

// Bytes returns the hash of b with the given seed.
//
// Bytes is equivalent to, but more convenient and efficient than:
//
//	var h Hash
//	h.SetSeed(seed)
//	h.Write(b)
//	return h.Sum64()
func Bytes(seed Seed, b []byte) uint64 {
	seed.mustBeMade()
	return hashBlocks(unsafe.SliceData(b), len(b), seed.s)
}

// String returns the hash of s with the given seed.
//
// String is equivalent to, but more convenient and efficient than:
//
//	var h Hash
//	h.SetSeed(seed)
//	h.WriteString(s)
//	return h.Sum64()
func String(seed Seed, s string) uint64 {
	seed.mustBeMade()
	return hashBlocks(unsafe.StringData(s), len(s), seed.s)
}

// hashBlocks hashes the n bytes at p a block at a time, each with the hash
// of those before as its seed, from state: as a Hash does.
func hashBlocks(p *byte, n int, state uint64) uint64 {
	for n > blockSize {
		state = bytesHash(p, blockSize, state)
		p = (*byte)(unsafe.Add(unsafe.Pointer(p), blockSize))
		n -= blockSize
	}
	return bytesHash(p, n, state)
}

// bytesHash is the runtime's hash of the n bytes at p with seed (the seed
// itself for none).
func bytesHash(p *byte, n int, seed uint64) uint64

// MakeSeed returns a new random seed.
func MakeSeed() Seed {
	for {
		if s := runtime_rand(); s != 0 {
			return Seed{s}
		}
	}
}

func runtime_rand() uint64

// A Hash computes a seeded hash of a byte sequence.
//
// The zero Hash is a valid Hash ready to use. A zero Hash chooses a random
// seed for itself during the first call to a Reset, Write, Seed, Sum64, or
// Seed method. For control over the seed, use SetSeed.
//
// The computed hash values depend only on the initial seed and the sequence
// of bytes provided to the Hash object, not on the way in which the bytes
// are provided.
//
// A Hash is not safe for concurrent use by multiple goroutines, but a Seed
// is.
type Hash struct {
	_     [0]func() // not comparable
	seed  Seed      // the seed it started from (zero until chosen)
	state uint64    // the hash of the whole blocks written
	block [blockSize]byte
	n     int // bytes of block written; a full block is hashed only when more come
}

// chooseSeed gives a zero Hash its random seed.
func (h *Hash) chooseSeed() {
	if h.seed.s == 0 {
		h.seed = MakeSeed()
		h.state = h.seed.s
	}
}

// hashBlock folds the full block into the state.
func (h *Hash) hashBlock() {
	h.chooseSeed()
	h.state = bytesHash(&h.block[0], blockSize, h.state)
	h.n = 0
}

// WriteByte adds b to the sequence of bytes hashed by h. It never fails;
// the error result is for implementing io.ByteWriter.
func (h *Hash) WriteByte(b byte) error {
	if h.n == blockSize {
		h.hashBlock()
	}
	h.block[h.n] = b
	h.n++
	return nil
}

// Write adds b to the sequence of bytes hashed by h. It always writes all
// of b and never fails; the count and error result are for implementing
// io.Writer.
func (h *Hash) Write(b []byte) (int, error) {
	size := len(b)
	for len(b) > 0 {
		if h.n == blockSize {
			h.hashBlock()
		}
		if h.n == 0 && len(b) > blockSize {
			h.chooseSeed()
			h.state = bytesHash(unsafe.SliceData(b), blockSize, h.state)
			b = b[blockSize:]
			continue
		}
		k := copy(h.block[h.n:], b)
		h.n += k
		b = b[k:]
	}
	return size, nil
}

// WriteString adds the bytes of s to the sequence of bytes hashed by h. It
// always writes all of s and never fails; the count and error result are for
// implementing io.StringWriter.
func (h *Hash) WriteString(s string) (int, error) {
	return h.Write(unsafe.Slice(unsafe.StringData(s), len(s)))
}

// Seed returns h's seed value.
func (h *Hash) Seed() Seed {
	h.chooseSeed()
	return h.seed
}

// SetSeed sets h to use seed, which must have been returned by MakeSeed or
// by another Hash's Seed method. Two Hash objects with the same seed behave
// identically. Two Hash objects with different seeds will very likely behave
// differently. Any bytes added to h before this call will be discarded.
func (h *Hash) SetSeed(seed Seed) {
	seed.mustBeMade()
	h.seed, h.state, h.n = seed, seed.s, 0
}

// Reset discards all bytes added to h. (The seed remains the same.)
func (h *Hash) Reset() {
	h.chooseSeed()
	h.state, h.n = h.seed.s, 0
}

// Sum64 returns h's current 64-bit value, which depends on h's seed and the
// sequence of bytes added to h since the last call to Reset or SetSeed.
//
// All bits of the Sum64 result are close to uniformly and independently
// distributed, so it can be safely reduced by using bit masking, shifting,
// or modular arithmetic.
func (h *Hash) Sum64() uint64 {
	h.chooseSeed()
	return bytesHash(&h.block[0], h.n, h.state)
}

// Sum appends the hash's current 64-bit value to b. It exists for
// implementing hash.Hash. For direct calls, it is more efficient to use
// Sum64.
func (h *Hash) Sum(b []byte) []byte {
	x := h.Sum64()
	for i := 0; i < 8; i++ {
		b = append(b, byte(x>>(8*i)))
	}
	return b
}

// Size returns h's hash value size, 8 bytes.
func (h *Hash) Size() int { return 8 }

// BlockSize returns h's block size.
func (h *Hash) BlockSize() int { return blockSize }

// Clone implements hash.Cloner.
func (h *Hash) Clone() (hash.Cloner, error) {
	h.chooseSeed()
	c := *h
	return &c, nil
}

// Comparable returns the hash of comparable value v with the given seed
// such that Comparable(s, v1) == Comparable(s, v2) if v1 == v2. If v != v,
// then the resulting hash is randomly distributed.
func Comparable[T comparable](seed Seed, v T) uint64 {
	return comparableHash(&v, seed.s)
}

// WriteComparable adds x to the data hashed by h.
func WriteComparable[T comparable](h *Hash, x T) {
	// The count of the bytes written and not hashed yet is mixed in first,
	// so that a value does not commute with them. (As Go's, it hashes into
	// the state of a zero Hash, which the seed chosen later replaces.)
	if h.n != 0 {
		n := h.n
		h.state = comparableHash(&n, h.state)
	}
	h.state = comparableHash(&x, h.state)
}

// comparableHash is the hash of *p with seed, as a map keyed by p's element
// type hashes it; a value that cannot be hashed (an interface holding a
// slice) panics as such a map key does.
func comparableHash[T comparable](p *T, seed uint64) uint64 {
	h, ok := valueHash(p, seed)
	if !ok {
		m := map[T]bool{}
		m[*p] = true // the runtime's panic
	}
	return h
}

// valueHash is the runtime's map hash of the value p points to, of p's
// element type; false if that value cannot be hashed.
func valueHash(p any, seed uint64) (uint64, bool)
