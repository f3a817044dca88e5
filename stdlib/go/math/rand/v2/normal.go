package rand

import (
	"internal/ziggurat"
	"math"
)

// NormFloat64 returns a normally distributed float64 in the range
// [-math.MaxFloat64, +math.MaxFloat64] with standard normal distribution
// (mean = 0, stddev = 1), by the ziggurat method (see internal/ziggurat): the
// low word of one draw is the point, bits 32..38 the strip.
func (r *Rand) NormFloat64() float64 {
	for {
		u := r.Uint64()
		j := int32(u) // the sign of j is the sign of the result
		i := u >> 32 & 0x7F
		x := float64(j) * float64(ziggurat.WN[i])
		if absInt32(j) < ziggurat.KN[i] {
			return x
		}
		if i == 0 {
			// the tail beyond RN, by Marsaglia's method
			for {
				x = -math.Log(r.Float64()) * (1.0 / ziggurat.RN)
				y := -math.Log(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return ziggurat.RN + x
			}
			return -ziggurat.RN - x
		}
		if ziggurat.FN[i]+float32(r.Float64())*(ziggurat.FN[i-1]-ziggurat.FN[i]) < float32(math.Exp(-.5*x*x)) {
			return x
		}
	}
}

func absInt32(i int32) uint32 {
	if i < 0 {
		return uint32(-i)
	}
	return uint32(i)
}
