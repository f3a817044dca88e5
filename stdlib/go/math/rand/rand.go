// Package rand implements pseudo-random number generators unsuitable for
// security-sensitive work.
//
// A Rand made from NewSource(seed) produces Go's sequence for that seed, number
// for number. The top-level functions use a source seeded at random, as Go's do
// since Go 1.20; Seed has no effect (Go 1.24) unless GODEBUG=randseednop=0, and
// GODEBUG=randautoseed=0 makes the top-level functions start as if seeded with 1.
package rand

import (
	"internal/rt"
	"sync"
)

// A Source represents a source of uniformly-distributed pseudo-random int64
// values in the range [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 is a Source that can also generate uniformly-distributed
// pseudo-random uint64 values in the range [0, 1<<64) directly.
type Source64 interface {
	Source
	Uint64() uint64
}

// NewSource returns a new pseudo-random Source seeded with the given value. It
// is not safe for concurrent use by multiple goroutines.
func NewSource(seed int64) Source { return newSource(seed) }

func newSource(seed int64) *rngSource {
	var rng rngSource
	rng.Seed(seed)
	return &rng
}

// A Rand is a source of random numbers.
type Rand struct {
	src Source
	s64 Source64 // src, when it is a Source64

	// Read's leftover bytes: readPos bytes of readVal are unused
	readVal int64
	readPos int8
}

// New returns a new Rand that uses random values from src to generate other
// random values.
func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

// Seed uses the provided seed value to initialize the generator to a
// deterministic state.
func (r *Rand) Seed(seed int64) {
	if lk, ok := r.src.(*lockedSource); ok {
		lk.seedPos(seed, &r.readPos)
		return
	}
	r.src.Seed(seed)
	r.readPos = 0
}

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64.
func (r *Rand) Int63() int64 { return r.src.Int63() }

// Uint32 returns a pseudo-random 32-bit value as a uint32.
func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }

// Uint64 returns a pseudo-random 64-bit value as a uint64.
func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	return uint64(r.Int63())>>31 | uint64(r.Int63())<<32
}

// Int31 returns a non-negative pseudo-random 31-bit integer as an int32.
func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }

// Int returns a non-negative pseudo-random int.
func (r *Rand) Int() int { return int(uint(r.Int63()) << 1 >> 1) }

// Int63n returns, as an int64, a non-negative pseudo-random number in the
// half-open interval [0,n). It panics if n <= 0.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
//line rand.go:122
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return r.Int63() & (n - 1)
	}
	// reject the top partial copy of [0,n) so every value is equally likely
	max := int64((1 << 63) - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > max {
		v = r.Int63()
	}
	return v % n
}

// Int31n returns, as an int32, a non-negative pseudo-random number in the
// half-open interval [0,n). It panics if n <= 0.
func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
//line rand.go:139
		panic("invalid argument to Int31n")
	}
	if n&(n-1) == 0 {
		return r.Int31() & (n - 1)
	}
	max := int32((1 << 31) - 1 - (1<<31)%uint32(n))
	v := r.Int31()
	for v > max {
		v = r.Int31()
	}
	return v % n
}

// int31n is Lemire's multiply-and-reject method for [0,n), which Shuffle uses
// (Int31n keeps its older, different sequence).
func (r *Rand) int31n(n int32) int32 {
	prod := uint64(r.Uint32()) * uint64(n)
	low := uint32(prod)
	if low < uint32(n) {
		thresh := uint32(-n) % uint32(n)
		for low < thresh {
			prod = uint64(r.Uint32()) * uint64(n)
			low = uint32(prod)
		}
	}
	return int32(prod >> 32)
}

// Intn returns, as an int, a non-negative pseudo-random number in the
// half-open interval [0,n). It panics if n <= 0.
func (r *Rand) Intn(n int) int {
	if n <= 0 {
//line rand.go:180
		panic("invalid argument to Intn")
	}
	if n <= 1<<31-1 {
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

// Float64 returns, as a float64, a pseudo-random number in the half-open
// interval [0.0,1.0).
func (r *Rand) Float64() float64 {
	for {
		// 1<<63 itself can come out of the rounding: draw again
		if f := float64(r.Int63()) / (1 << 63); f < 1 {
			return f
		}
	}
}

// Float32 returns, as a float32, a pseudo-random number in the half-open
// interval [0.0,1.0).
func (r *Rand) Float32() float32 {
	for {
		if f := float32(r.Float64()); f < 1 {
			return f
		}
	}
}

// Perm returns, as a slice of n ints, a pseudo-random permutation of the
// integers in the half-open interval [0,n).
func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

// Shuffle pseudo-randomizes the order of elements (Fisher–Yates). n is the
// number of elements; swap swaps the elements with indexes i and j. It panics
// if n < 0.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
//line rand.go:249
		panic("invalid argument to Shuffle")
	}
	i := n - 1
	for ; i > 1<<31-1-1; i-- {
		swap(i, int(r.Int63n(int64(i+1))))
	}
	for ; i > 0; i-- {
		swap(i, int(r.int31n(int32(i+1))))
	}
}

// Read generates len(p) random bytes and writes them into p. It always returns
// len(p) and a nil error.
func (r *Rand) Read(p []byte) (n int, err error) {
	switch src := r.src.(type) {
	case *lockedSource:
		return src.read(p, &r.readVal, &r.readPos)
	case *runtimeSource:
		return src.read(p, &r.readVal, &r.readPos)
	}
	return read(p, r.src, &r.readVal, &r.readPos)
}

// read fills p with the bytes of successive Int63 values, low byte first, seven
// per value; the unused ones wait in readVal for the next call.
func read(p []byte, src Source, readVal *int64, readPos *int8) (n int, err error) {
	pos, val := *readPos, *readVal
	for n = 0; n < len(p); n++ {
		if pos == 0 {
			val = src.Int63()
			pos = 7
		}
		p[n] = byte(val)
		val >>= 8
		pos--
	}
	*readPos, *readVal = pos, val
	return
}

// ---------------------------------------------------------------- top level

var (
	globalMu sync.Mutex
	global   *Rand // made on first use
)

func globalRand() *Rand {
	globalMu.Lock()
	defer globalMu.Unlock()
	if global == nil {
		if rt.Godebug("randautoseed") == "0" {
			global = New(new(lockedSource))
			global.Seed(1)
		} else {
			global = &Rand{src: &runtimeSource{}, s64: &runtimeSource{}}
		}
	}
	return global
}

// runtime_rand returns a random uint64 from the runtime's generator.
func runtime_rand() uint64

// runtimeSource is the source of the randomly seeded top-level functions.
type runtimeSource struct {
	mu sync.Mutex // serializes Read
}

func (*runtimeSource) Int63() int64   { return int64(runtime_rand() & rngMask) }
func (*runtimeSource) Uint64() uint64 { return runtime_rand() }
func (*runtimeSource) Seed(int64)     { panic("internal error: call to runtimeSource.Seed") }

func (s *runtimeSource) read(p []byte, readVal *int64, readPos *int8) (n int, err error) {
	s.mu.Lock()
	n, err = read(p, s, readVal, readPos)
	s.mu.Unlock()
	return
}

// lockedSource is a seeded rngSource safe for concurrent use: the top-level
// source after Seed (with GODEBUG=randseednop=0) or with randautoseed=0.
type lockedSource struct {
	mu sync.Mutex
	s  *rngSource
}

func (r *lockedSource) Int63() int64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.source().Int63()
}

func (r *lockedSource) Uint64() uint64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.source().Uint64()
}

func (r *lockedSource) Seed(seed int64) {
	r.mu.Lock()
	r.seed(seed)
	r.mu.Unlock()
}

func (r *lockedSource) seedPos(seed int64, readPos *int8) {
	r.mu.Lock()
	r.seed(seed)
	*readPos = 0
	r.mu.Unlock()
}

func (r *lockedSource) seed(seed int64) {
	if r.s == nil {
		r.s = newSource(seed)
	} else {
		r.s.Seed(seed)
	}
}

func (r *lockedSource) source() *rngSource {
	if r.s == nil {
		r.s = newSource(1)
	}
	return r.s
}

func (r *lockedSource) read(p []byte, readVal *int64, readPos *int8) (n int, err error) {
	r.mu.Lock()
	n, err = read(p, r.source(), readVal, readPos)
	r.mu.Unlock()
	return
}

// Seed has no effect, as in Go since 1.24, unless GODEBUG=randseednop=0: then
// it seeds the top-level functions' source deterministically.
//
// Deprecated: use New(NewSource(seed)).
func Seed(seed int64) {
	if rt.Godebug("randseednop") != "0" {
		return
	}
	globalMu.Lock()
	if global != nil {
		if _, ok := global.src.(*lockedSource); ok {
			globalMu.Unlock()
			global.Seed(seed)
			return
		}
	}
	r := New(new(lockedSource))
	r.Seed(seed)
	global = r
	globalMu.Unlock()
}

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64.
func Int63() int64 { return globalRand().Int63() }

// Uint32 returns a pseudo-random 32-bit value as a uint32.
func Uint32() uint32 { return globalRand().Uint32() }

// Uint64 returns a pseudo-random 64-bit value as a uint64.
func Uint64() uint64 { return globalRand().Uint64() }

// Int31 returns a non-negative pseudo-random 31-bit integer as an int32.
func Int31() int32 { return globalRand().Int31() }

// Int returns a non-negative pseudo-random int.
func Int() int { return globalRand().Int() }

// Int63n returns a non-negative pseudo-random number in [0,n) as an int64.
//line rand.go:454
func Int63n(n int64) int64 { return globalRand().Int63n(n) }

// Int31n returns a non-negative pseudo-random number in [0,n) as an int32.
//line rand.go:459
func Int31n(n int32) int32 { return globalRand().Int31n(n) }

// Intn returns a non-negative pseudo-random number in [0,n) as an int.
//line rand.go:464
func Intn(n int) int { return globalRand().Intn(n) }

// Float64 returns a pseudo-random number in [0.0,1.0) as a float64.
func Float64() float64 { return globalRand().Float64() }

// Float32 returns a pseudo-random number in [0.0,1.0) as a float32.
func Float32() float32 { return globalRand().Float32() }

// Perm returns a pseudo-random permutation of the integers in [0,n).
func Perm(n int) []int { return globalRand().Perm(n) }

// Shuffle pseudo-randomizes the order of elements using the default Source.
//line rand.go:481
func Shuffle(n int, swap func(i, j int)) { globalRand().Shuffle(n, swap) }

// Read generates len(p) random bytes from the default Source.
//
// Deprecated: use crypto/rand.Read for security-sensitive work.
func Read(p []byte) (n int, err error) { return globalRand().Read(p) }
