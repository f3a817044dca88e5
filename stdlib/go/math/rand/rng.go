package rand

// rngSource is Go's additive lagged Fibonacci generator (Mitchell and Reeds):
// x[t] = x[t-607] + x[t-273] mod 2⁶⁴, kept in a 607-word circular register.
// Its outputs for a given seed are part of Go's compatibility promise, so the
// seeding (Park–Miller steps XORed with rngCooked) is Go's exactly.
const (
	rngLen   = 607
	rngTap   = 273
	rngMax   = 1 << 63
	rngMask  = rngMax - 1
	int32max = (1 << 31) - 1
)

type rngSource struct {
	tap  int           // index of x[t-273] in vec; decreases each step
	feed int           // index of x[t-607] in vec, where x[t] goes
	vec  [rngLen]int64 // the register
}

// seedrand is one step of the Park–Miller "minimal standard" generator,
// x·48271 mod (2³¹-1), by Schrage's method.
func seedrand(x int32) int32 {
	const (
		A = 48271
		Q = 44488
		R = 3399
	)
	hi := x / Q
	lo := x % Q
	x = A*lo - R*hi
	if x < 0 {
		x += int32max
	}
	return x
}

// Seed uses the provided seed value to initialize the generator to a
// deterministic state.
func (rng *rngSource) Seed(seed int64) {
	rng.tap = 0
	rng.feed = rngLen - rngTap
	seed = seed % int32max
	if seed < 0 {
		seed += int32max
	}
	if seed == 0 {
		seed = 89482311
	}
	x := int32(seed)
	for i := -20; i < rngLen; i++ {
		x = seedrand(x)
		if i >= 0 {
			u := int64(x) << 40
			x = seedrand(x)
			u ^= int64(x) << 20
			x = seedrand(x)
			u ^= int64(x)
			rng.vec[i] = u ^ rngCooked[i]
		}
	}
}

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64.
func (rng *rngSource) Int63() int64 { return int64(rng.Uint64() & rngMask) }

// Uint64 returns a pseudo-random 64-bit value as a uint64.
func (rng *rngSource) Uint64() uint64 {
	rng.tap--
	if rng.tap < 0 {
		rng.tap += rngLen
	}
	rng.feed--
	if rng.feed < 0 {
		rng.feed += rngLen
	}
	x := rng.vec[rng.feed] + rng.vec[rng.tap]
	rng.vec[rng.feed] = x
	return uint64(x)
}
