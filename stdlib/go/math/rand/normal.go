package rand

import (
	"internal/ziggurat"
	"math"
)

// NormFloat64 (and ExpFloat64, exp.go) sample by Marsaglia and Tsang's ziggurat method:
// the density is covered by strips of equal area (tables in internal/ziggurat); a
// random integer picks a strip and a point in it, accepted at once when it lies
// inside the next strip up (over 99% of draws), else tested against the density
// itself, with a tail algorithm for the base strip.

// NormFloat64 returns a normally distributed float64 in the range
// [-math.MaxFloat64, +math.MaxFloat64] with standard normal distribution
// (mean = 0, stddev = 1).
func (r *Rand) NormFloat64() float64 {
	for {
		j := int32(r.Uint32()) // the sign of j is the sign of the result
		i := j & 0x7F
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

// NormFloat64 returns a standard normally distributed float64 from the
// default Source.
func NormFloat64() float64 { return globalRand().NormFloat64() }
