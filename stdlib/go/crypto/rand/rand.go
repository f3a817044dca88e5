// Package rand implements a cryptographically secure random number
// generator: the kernel's, through getrandom(2), read directly (Go's keeps
// a DRBG seeded from it; the bytes are as unpredictable either way).
package rand

import (
	"errors"
	"internal/itoa"
	"io"
	"math/big"
)

// Reader is a global, shared instance of a cryptographically secure random
// number generator, backed by getrandom(2). Its Read never fails.
var Reader io.Reader = kernelReader{}

// kernelReader reads getrandom(2).
type kernelReader struct{}

func (kernelReader) Read(b []byte) (int, error) {
	if errno := getrandom(b); errno != 0 {
		fatal("crypto/rand: failed to read random data (see https://go.dev/issue/66821): errno " + itoa.Itoa(errno))
	}
	return len(b), nil
}

// getrandom fills b from the kernel, returning an errno on failure.
func getrandom(b []byte) (errno int)

// fatal stops the program with "fatal error: " and s.
func fatal(s string)

// Read fills b with cryptographically secure random bytes. It never returns
// an error, and always fills b entirely. If Reader is set to a non-default
// value, Read reads from it with io.ReadFull, and a failure of that read is
// fatal.
func Read(b []byte) (n int, err error) {
	if _, ok := Reader.(kernelReader); ok {
		return Reader.Read(b)
	}
	bb := make([]byte, len(b))
	if _, err := io.ReadFull(Reader, bb); err != nil {
		fatal("crypto/rand: failed to read random data (see https://go.dev/issue/66821): " + err.Error())
	}
	copy(b, bb)
	return len(b), nil
}

const base32alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

// Text returns a cryptographically random string of 26 characters of the
// standard base32 alphabet (128 bits of randomness and more).
func Text() string {
	src := make([]byte, 26)
	Read(src)
	for i := range src {
		src[i] = base32alphabet[src[i]%32]
	}
	return string(src)
}

// Int returns a uniform random value in [0, max), reading rand. It panics
// if max <= 0, and returns an error if rand.Read does. With a reader other
// than Reader, the values are Go's for the same bytes: the bytes of max-1's
// length, the excess high bits masked, until one is below max.
func Int(rand io.Reader, max *big.Int) (n *big.Int, err error) {
	if max.Sign() <= 0 {
		panic("crypto/rand: argument to Int is <= 0")
	}
	n = new(big.Int).Sub(max, big.NewInt(1))
	bitLen := n.BitLen()
	if bitLen == 0 {
		return n, nil
	}
	bytes := make([]byte, (bitLen+7)/8)
	top := uint(bitLen % 8)
	if top == 0 {
		top = 8
	}
	for {
		if _, err := io.ReadFull(rand, bytes); err != nil {
			return nil, err
		}
		bytes[0] &= uint8(int(1<<top) - 1)
		n.SetBytes(bytes)
		if n.Cmp(max) < 0 {
			return n, nil
		}
	}
}

// Prime returns a number of the given bit length that is prime with high
// probability (ProbablyPrime(20)). As in Go 1.27, the reader argument is
// ignored and the bytes come from Reader's generator. It returns an error
// for bits < 2.
func Prime(r io.Reader, bits int) (*big.Int, error) {
	if bits < 2 {
		return nil, errors.New("crypto/rand: prime size must be at least 2-bit")
	}
	b := uint(bits % 8)
	if b == 0 {
		b = 8
	}
	bytes := make([]byte, (bits+7)/8)
	p := new(big.Int)
	for {
		kernelReader{}.Read(bytes)
		// exactly bits long with the top two bits set (a product of two
		// such primes has twice the bits), and odd
		bytes[0] &= uint8(int(1<<b) - 1)
		if b >= 2 {
			bytes[0] |= 3 << (b - 2)
		} else {
			bytes[0] |= 1
			if len(bytes) > 1 {
				bytes[1] |= 0x80
			}
		}
		bytes[len(bytes)-1] |= 1
		p.SetBytes(bytes)
		if p.ProbablyPrime(20) {
			return p, nil
		}
	}
}
