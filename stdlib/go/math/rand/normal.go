package rand

import "internal/ziggurat"

// NormFloat64 returns a normally distributed float64 in the range
// [-math.MaxFloat64, +math.MaxFloat64] with standard normal distribution
// (mean = 0, stddev = 1), by Marsaglia and Tsang's ziggurat method
// (internal/ziggurat): one Uint32 gives the point and, in its low 7 bits, the
// strip.
func (r *Rand) NormFloat64() float64 {
	for {
		j := int32(r.Uint32())
		if x, ok := ziggurat.Normal(j, int(j&0x7F), r.Float64); ok {
			return x
		}
	}
}

// NormFloat64 returns a standard normally distributed float64 from the
// default Source.
func NormFloat64() float64 { return globalRand().NormFloat64() }
