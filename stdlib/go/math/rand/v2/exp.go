package rand

import (
	"internal/ziggurat"
	"math"
)

// ExpFloat64 returns an exponentially distributed float64 in the range
// (0, +math.MaxFloat64] with rate parameter 1 (mean 1), by the ziggurat method
// (see internal/ziggurat): the low word of one draw is the point, bits 32..39
// the strip.
func (r *Rand) ExpFloat64() float64 {
	for {
		u := r.Uint64()
		j := uint32(u)
		i := uint8(u >> 32)
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
