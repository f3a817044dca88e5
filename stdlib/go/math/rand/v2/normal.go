package rand

import "internal/ziggurat"

// NormFloat64 returns a normally distributed float64 in the range
// [-math.MaxFloat64, +math.MaxFloat64] with standard normal distribution
// (mean = 0, stddev = 1), by the ziggurat method (internal/ziggurat): the low
// word of one draw is the point, bits 32..38 the strip.
func (r *Rand) NormFloat64() float64 {
	for {
		u := r.Uint64()
		if x, ok := ziggurat.Normal(int32(u), int(u>>32&0x7F), r.Float64); ok {
			return x
		}
	}
}
