package rand

import "errors"

// ChaCha8 is Go's ChaCha8Rand generator (C2SP's chacha8rand): ChaCha with 8
// rounds, keyed by the 32-byte seed, run on four counter values at once; each
// run's 16 words of 4 lanes are read as 32 uint64 outputs, lane-interleaved
// as Go lays them out. Every 16 counter values the last 4 outputs of the
// block become the new key (and are not output), so a state compromise does
// not reveal earlier outputs. Its sequence for a seed is Go's, number for
// number.
type ChaCha8 struct {
	key [4]uint64
	// buf holds the outputs of the block for counters ctr..ctr+3; next
	// indexes the next to return, and avail is how many may be (28 in the
	// block whose last four are the next key).
	buf   [32]uint64
	ctr   uint32
	next  uint32
	avail uint32
	// bytes of the last output that Read has not returned yet: the last
	// readLen of readBuf
	readBuf [8]byte
	readLen int
}

const (
	chachaBlocks = 4  // counter values a block covers
	chachaRekey  = 16 // the counter at which the key is replaced
	chachaOut    = 32 // uint64 outputs per block
)

// NewChaCha8 returns a new ChaCha8 seeded with the given seed.
func NewChaCha8(seed [32]byte) *ChaCha8 {
	c := new(ChaCha8)
	c.Seed(seed)
	return c
}

// Seed resets the ChaCha8 to behave the same way as NewChaCha8(seed).
func (c *ChaCha8) Seed(seed [32]byte) {
	var key [4]uint64
	for i := range key {
		key[i] = le64(seed[8*i:])
	}
	c.start(key, 0, 0)
	c.readLen = 0
	c.readBuf = [8]byte{}
}

// start makes the block of counters ctr.. under key, the next output its
// used'th.
func (c *ChaCha8) start(key [4]uint64, ctr, used uint32) {
	c.key = key
	c.ctr = ctr
	chachaBlock(&c.key, &c.buf, c.ctr)
	c.next = used
	c.avail = chachaOut
	if c.ctr == chachaRekey-chachaBlocks {
		c.avail = chachaOut - 4
	}
}

// Uint64 returns a uniformly distributed random uint64 value.
func (c *ChaCha8) Uint64() uint64 {
	if c.next >= c.avail {
		ctr, key := c.ctr+chachaBlocks, c.key
		if ctr == chachaRekey {
			ctr = 0
			copy(key[:], c.buf[chachaOut-4:])
		}
		c.start(key, ctr, 0)
	}
	x := c.buf[c.next]
	c.next++
	return x
}

// Read reads exactly len(p) bytes into p. It always returns len(p) and a nil
// error: each 8 bytes are an output, little-endian, and a partial output's
// remaining bytes begin the next Read.
func (c *ChaCha8) Read(p []byte) (n int, err error) {
	if c.readLen > 0 {
		n = copy(p, c.readBuf[len(c.readBuf)-c.readLen:])
		c.readLen -= n
		p = p[n:]
	}
	for len(p) >= 8 {
		putLE64(p, c.Uint64())
		p = p[8:]
		n += 8
	}
	if len(p) > 0 {
		putLE64(c.readBuf[:], c.Uint64())
		n += copy(p, c.readBuf[:])
		c.readLen = 8 - len(p)
	}
	return
}

// AppendBinary implements the encoding.BinaryAppender interface: the bytes
// of a partial Read, then "chacha8:", how many outputs of the key's run were
// used (big-endian) and the key (little-endian).
func (c *ChaCha8) AppendBinary(b []byte) ([]byte, error) {
	if c.readLen > 0 {
		b = append(b, "readbuf:"...)
		b = append(b, uint8(c.readLen))
		b = append(b, c.readBuf[len(c.readBuf)-c.readLen:]...)
	}
	b = append(b, "chacha8:"...)
	b = appendBE64(b, uint64((c.ctr/chachaBlocks)*chachaOut+c.next))
	for _, k := range c.key {
		var w [8]byte
		putLE64(w[:], k)
		b = append(b, w[:]...)
	}
	return b, nil
}

// MarshalBinary implements the encoding.BinaryMarshaler interface.
func (c *ChaCha8) MarshalBinary() ([]byte, error) {
	return c.AppendBinary(make([]byte, 0, 64))
}

var errUnmarshalChaCha8 = errors.New("invalid ChaCha8 encoding")

// UnmarshalBinary implements the encoding.BinaryUnmarshaler interface.
func (c *ChaCha8) UnmarshalBinary(data []byte) error {
	if len(data) >= 8 && string(data[:8]) == "readbuf:" {
		data = data[8:]
		if len(data) == 0 || len(data) < int(1+data[0]) {
			return errors.New("invalid ChaCha8 Read buffer encoding")
		}
		buf := data[1 : 1+data[0]]
		data = data[1+data[0]:]
		c.readLen = copy(c.readBuf[len(c.readBuf)-len(buf):], buf)
	}
	if len(data) != 6*8 || string(data[:8]) != "chacha8:" {
		return errUnmarshalChaCha8
	}
	used := be64(data[8:])
	if used > (chachaRekey/chachaBlocks)*chachaOut-4 {
		return errUnmarshalChaCha8
	}
	var key [4]uint64
	for i := range key {
		key[i] = le64(data[16+8*i:])
	}
	c.start(key, chachaBlocks*(uint32(used)/chachaOut), uint32(used)%chachaOut)
	return nil
}

// chachaBlock fills buf with ChaCha8 under key for counters ctr..ctr+3: each
// counter's 16 state words, key words added back, with word w of counter
// ctr+l the uint32 at w*4+l of buf read as little-endian uint32 pairs.
func chachaBlock(key *[4]uint64, buf *[32]uint64, ctr uint32) {
	var s [16][4]uint32
	for l := uint32(0); l < 4; l++ {
		x := &[16]uint32{
			0x61707865, 0x3320646e, 0x79622d32, 0x6b206574,
			uint32(key[0]), uint32(key[0] >> 32), uint32(key[1]), uint32(key[1] >> 32),
			uint32(key[2]), uint32(key[2] >> 32), uint32(key[3]), uint32(key[3] >> 32),
			ctr + l, 0, 0, 0,
		}
		in := *x
		for round := 0; round < 4; round++ {
			quarter(x, 0, 4, 8, 12)
			quarter(x, 1, 5, 9, 13)
			quarter(x, 2, 6, 10, 14)
			quarter(x, 3, 7, 11, 15)
			quarter(x, 0, 5, 10, 15)
			quarter(x, 1, 6, 11, 12)
			quarter(x, 2, 7, 8, 13)
			quarter(x, 3, 4, 9, 14)
		}
		for w := range x {
			if w >= 4 && w < 12 {
				x[w] += in[w] // only the key is added back
			}
			s[w][l] = x[w]
		}
	}
	for k := range buf {
		lo := s[(2*k)/4][(2*k)%4]
		hi := s[(2*k+1)/4][(2*k+1)%4]
		buf[k] = uint64(lo) | uint64(hi)<<32
	}
}

// quarter is ChaCha's quarter round on words a, b, c, d of x.
func quarter(x *[16]uint32, a, b, c, d int) {
	x[a] += x[b]
	x[d] ^= x[a]
	x[d] = x[d]<<16 | x[d]>>16
	x[c] += x[d]
	x[b] ^= x[c]
	x[b] = x[b]<<12 | x[b]>>20
	x[a] += x[b]
	x[d] ^= x[a]
	x[d] = x[d]<<8 | x[d]>>24
	x[c] += x[d]
	x[b] ^= x[c]
	x[b] = x[b]<<7 | x[b]>>25
}

func le64(b []byte) uint64 {
	var v uint64
	for i := 7; i >= 0; i-- {
		v = v<<8 | uint64(b[i])
	}
	return v
}

func putLE64(b []byte, v uint64) {
	for i := range b[:8] {
		b[i] = byte(v >> (8 * i))
	}
}
