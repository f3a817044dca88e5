// Package rand implements pseudo-random number generators suitable for tasks
// such as simulation, but not security-sensitive work.
//
// A Rand made from a seeded PCG produces Go's sequence, number for number; the
// top-level functions draw from a source seeded at random. So does one made
// from a ChaCha8.
package rand

import "math/bits"

// A Source is a source of uniformly-distributed pseudo-random uint64 values in
// the range [0, 1<<64).
type Source interface {
	Uint64() uint64
}

// A Rand is a source of random numbers.
type Rand struct {
	src Source
}

// New returns a new Rand that uses random values from src to generate other
// random values.
func New(src Source) *Rand { return &Rand{src: src} }

// Int64 returns a non-negative pseudo-random 63-bit integer as an int64.
func (r *Rand) Int64() int64 { return int64(r.src.Uint64() &^ (1 << 63)) }

// Uint32 returns a pseudo-random 32-bit value as a uint32.
func (r *Rand) Uint32() uint32 { return uint32(r.src.Uint64() >> 32) }

// Uint64 returns a pseudo-random 64-bit value as a uint64.
func (r *Rand) Uint64() uint64 { return r.src.Uint64() }

// Int32 returns a non-negative pseudo-random 31-bit integer as an int32.
func (r *Rand) Int32() int32 { return int32(r.src.Uint64() >> 33) }

// Int returns a non-negative pseudo-random int.
func (r *Rand) Int() int { return int(uint(r.src.Uint64()) << 1 >> 1) }

// Uint returns a pseudo-random uint.
func (r *Rand) Uint() uint { return uint(r.src.Uint64()) }

// Int64N returns, as an int64, a non-negative pseudo-random number in the
// half-open interval [0,n). It panics if n <= 0.
func (r *Rand) Int64N(n int64) int64 {
	if n <= 0 {
//line rand.go:69
		panic("invalid argument to Int64N")
	}
	return int64(r.uint64n(uint64(n)))
}

// Uint64N returns, as a uint64, a non-negative pseudo-random number in the
// half-open interval [0,n). It panics if n == 0.
func (r *Rand) Uint64N(n uint64) uint64 {
	if n == 0 {
//line rand.go:78
		panic("invalid argument to Uint64N")
	}
	return r.uint64n(n)
}

// uint64n is Lemire's method: the high word of a 64×64-bit product with n,
// drawing again only when the low word falls in the biased sliver.
func (r *Rand) uint64n(n uint64) uint64 {
	if n&(n-1) == 0 {
		return r.Uint64() & (n - 1)
	}
	hi, lo := bits.Mul64(r.Uint64(), n)
	if lo < n {
		thresh := -n % n
		for lo < thresh {
			hi, lo = bits.Mul64(r.Uint64(), n)
		}
	}
	return hi
}

// Int32N returns, as an int32, a non-negative pseudo-random number in the
// half-open interval [0,n). It panics if n <= 0.
func (r *Rand) Int32N(n int32) int32 {
	if n <= 0 {
//line rand.go:176
		panic("invalid argument to Int32N")
	}
	return int32(r.uint64n(uint64(n)))
}

// Uint32N returns, as a uint32, a non-negative pseudo-random number in the
// half-open interval [0,n). It panics if n == 0.
func (r *Rand) Uint32N(n uint32) uint32 {
	if n == 0 {
//line rand.go:185
		panic("invalid argument to Uint32N")
	}
	return uint32(r.uint64n(uint64(n)))
}

// IntN returns, as an int, a non-negative pseudo-random number in the
// half-open interval [0,n). It panics if n <= 0.
func (r *Rand) IntN(n int) int {
	if n <= 0 {
//line rand.go:196
		panic("invalid argument to IntN")
	}
	return int(r.uint64n(uint64(n)))
}

// UintN returns, as a uint, a non-negative pseudo-random number in the
// half-open interval [0,n). It panics if n == 0.
func (r *Rand) UintN(n uint) uint {
	if n == 0 {
//line rand.go:205
		panic("invalid argument to UintN")
	}
	return uint(r.uint64n(uint64(n)))
}

// Float64 returns, as a float64, a pseudo-random number in the half-open
// interval [0.0,1.0): 53 random bits scaled.
func (r *Rand) Float64() float64 { return float64(r.Uint64()<<11>>11) / (1 << 53) }

// Float32 returns, as a float32, a pseudo-random number in the half-open
// interval [0.0,1.0): 24 random bits scaled.
func (r *Rand) Float32() float32 { return float32(r.Uint32()<<8>>8) / (1 << 24) }

// Perm returns, as a slice of n ints, a pseudo-random permutation of the
// integers in the half-open interval [0,n).
func (r *Rand) Perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	r.Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
	return p
}

// Shuffle pseudo-randomizes the order of elements (Fisher–Yates). n is the
// number of elements; swap swaps the elements with indexes i and j. It panics
// if n < 0.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
//line rand.go:248
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		swap(i, int(r.uint64n(uint64(i+1))))
	}
}

// ---------------------------------------------------------------- top level

// globalRand draws from the runtime's randomly seeded generator.
var globalRand = &Rand{src: runtimeSource{}}

func runtime_rand() uint64

type runtimeSource struct{}

func (runtimeSource) Uint64() uint64 { return runtime_rand() }

// Int64 returns a non-negative pseudo-random 63-bit integer as an int64.
func Int64() int64 { return globalRand.Int64() }

// Uint32 returns a pseudo-random 32-bit value as a uint32.
func Uint32() uint32 { return globalRand.Uint32() }

// Uint64N returns a pseudo-random number in [0,n) as a uint64.
//line rand.go:292
func Uint64N(n uint64) uint64 { return globalRand.Uint64N(n) }

// Uint32N returns a pseudo-random number in [0,n) as a uint32.
//line rand.go:297
func Uint32N(n uint32) uint32 { return globalRand.Uint32N(n) }

// Uint64 returns a pseudo-random 64-bit value as a uint64.
func Uint64() uint64 { return globalRand.Uint64() }

// Int32 returns a non-negative pseudo-random 31-bit integer as an int32.
func Int32() int32 { return globalRand.Int32() }

// Int returns a non-negative pseudo-random int.
func Int() int { return globalRand.Int() }

// Uint returns a pseudo-random uint.
func Uint() uint { return globalRand.Uint() }

// Int64N returns a non-negative pseudo-random number in [0,n) as an int64.
//line rand.go:316
func Int64N(n int64) int64 { return globalRand.Int64N(n) }

// Int32N returns a non-negative pseudo-random number in [0,n) as an int32.
//line rand.go:321
func Int32N(n int32) int32 { return globalRand.Int32N(n) }

// IntN returns a non-negative pseudo-random number in [0,n) as an int.
//line rand.go:326
func IntN(n int) int { return globalRand.IntN(n) }

// UintN returns a pseudo-random number in [0,n) as a uint.
//line rand.go:331
func UintN(n uint) uint { return globalRand.UintN(n) }

// N returns a pseudo-random number in the half-open interval [0,n) from the
// default Source. It panics if n <= 0.
//line rand.go:337
func N[Int intType](n Int) Int { return globalRand.N(n) }

// N returns a pseudo-random number in the half-open interval [0,n) from r.
// The type parameter Int can be any integer type. It panics if n <= 0.
func (r *Rand) N[Int intType](n Int) Int {
	if n <= 0 {
//line rand.go:215
		panic("invalid argument to N")
	}
	return Int(r.uint64n(uint64(n)))
}

type intType interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

// Float64 returns a pseudo-random number in [0.0,1.0) as a float64.
func Float64() float64 { return globalRand.Float64() }

// Float32 returns a pseudo-random number in [0.0,1.0) as a float32.
func Float32() float32 { return globalRand.Float32() }

// Perm returns a pseudo-random permutation of the integers in [0,n).
func Perm(n int) []int { return globalRand.Perm(n) }

// Shuffle pseudo-randomizes the order of elements using the default Source.
//line rand.go:360
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }

// NormFloat64 returns a standard normally distributed float64 from the
// default Source.
func NormFloat64() float64 { return globalRand.NormFloat64() }

// ExpFloat64 returns an exponentially distributed float64 with rate 1 from the
// default Source.
func ExpFloat64() float64 { return globalRand.ExpFloat64() }
