package rand

import "internal/zipf"

// A Zipf generates Zipf distributed variates (internal/zipf).
type Zipf struct {
	r    *Rand
	dist zipf.Dist
}

// NewZipf returns a Zipf variate generator. The generator generates values
// k ∈ [0, imax] such that P(k) is proportional to (v + k) ** (-s). Requirements:
// s > 1 and v >= 1.
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf {
	dist, ok := zipf.New(s, v, imax)
	if !ok {
		return nil
	}
	return &Zipf{r, dist}
}

// Uint64 returns a value drawn from the Zipf distribution described by the
// Zipf object.
func (z *Zipf) Uint64() uint64 {
	if z == nil {
		panic("rand: nil Zipf")
	}
	return z.dist.Draw(z.r.Float64)
}
