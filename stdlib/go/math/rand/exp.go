package rand

import (
	"internal/ziggurat"
	"math"
)

// ExpFloat64 samples by the ziggurat method, as NormFloat64 does (normal.go).

// ExpFloat64 returns an exponentially distributed float64 in the range
// (0, +math.MaxFloat64] with rate parameter 1 (mean 1).
func (r *Rand) ExpFloat64() float64 {
	for {
		j := r.Uint32()
		i := j & 0xFF
		x := float64(j) * float64(ziggurat.WE[i])
		if j < ziggurat.KE[i] {
			return x
		}
		if i == 0 {
			// the exponential's tail is itself exponential, shifted
			return ziggurat.RE - math.Log(r.Float64())
		}
		if ziggurat.FE[i]+float32(r.Float64())*(ziggurat.FE[i-1]-ziggurat.FE[i]) < float32(math.Exp(-x)) {
			return x
		}
	}
}

// ExpFloat64 returns an exponentially distributed float64 with rate 1 from the
// default Source.
func ExpFloat64() float64 { return globalRand().ExpFloat64() }
