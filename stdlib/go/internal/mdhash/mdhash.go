// Package mdhash is the part MD5 and the SHA-1/SHA-2 hashes share: the
// Merkle–Damgård construction. Data goes to a block function in whole blocks;
// the end of the message is padded with a 1 bit, zeros, and the message's
// length in bits, so that the padded message is a whole number of blocks.
package mdhash

// A Digest is a running hash with chaining state S (the hash's words).
type Digest[S any] struct {
	// State is the chaining state after the blocks written so far.
	State S
	// block processes whole blocks of p into s.
	block func(s *S, p []byte)
	// blockSize is 64 or 128 bytes; lenSize, the bytes of the length field
	// (8 or 16); bigEndian, the byte order of that field.
	blockSize, lenSize int
	bigEndian          bool
	// buf[:nbuf] is the partial block not processed yet; n counts every byte
	// written.
	buf  [128]byte
	nbuf int
	n    uint64
}

// New returns a Digest starting from state init.
func New[S any](init S, block func(s *S, p []byte), blockSize, lenSize int, bigEndian bool) Digest[S] {
	return Digest[S]{State: init, block: block, blockSize: blockSize, lenSize: lenSize, bigEndian: bigEndian}
}

// Write adds p to the message; it never fails.
func (d *Digest[S]) Write(p []byte) (int, error) {
	n := len(p)
	d.n += uint64(n)
	if d.nbuf > 0 {
		c := copy(d.buf[d.nbuf:d.blockSize], p)
		d.nbuf += c
		p = p[c:]
		if d.nbuf < d.blockSize {
			return n, nil
		}
		d.block(&d.State, d.buf[:d.blockSize])
		d.nbuf = 0
	}
	if whole := len(p) / d.blockSize * d.blockSize; whole > 0 {
		d.block(&d.State, p[:whole])
		p = p[whole:]
	}
	d.nbuf = copy(d.buf[:], p)
	return n, nil
}

// Final returns the state after padding the message written so far; d itself
// is unchanged (the hash can go on).
func (d *Digest[S]) Final() S {
	c := *d
	bits := c.n << 3
	var pad [128 + 16]byte
	pad[0] = 0x80
	// 1 to blockSize bytes of padding, so that the length field ends a block
	npad := c.blockSize - int(c.n%uint64(c.blockSize))
	if npad < 1+c.lenSize {
		npad += c.blockSize
	}
	npad -= c.lenSize
	length := pad[npad : npad+c.lenSize]
	for i := 0; i < 8; i++ {
		b := byte(bits >> (8 * i))
		if c.bigEndian {
			length[c.lenSize-1-i] = b
		} else {
			length[i] = b
		}
	}
	if c.bigEndian && c.lenSize == 16 {
		length[7] = byte(c.n >> 61) // the bits beyond 64 of the length
	}
	c.Write(pad[:npad+c.lenSize])
	return c.State
}

// Reset starts the message again from state init.
func (d *Digest[S]) Reset(init S) {
	d.State = init
	d.nbuf = 0
	d.n = 0
}
