package rand

import "internal/ziggurat"

// ExpFloat64 returns an exponentially distributed float64 in the range
// (0, +math.MaxFloat64] with rate parameter 1 (mean 1), by the ziggurat method
// (internal/ziggurat): the low word of one draw is the point, bits 32..39 the
// strip.
func (r *Rand) ExpFloat64() float64 {
	for {
		u := r.Uint64()
		if x, ok := ziggurat.Exp(uint32(u), int(uint8(u>>32)), r.Float64); ok {
			return x
		}
	}
}
