package rand

import "internal/ziggurat"

// ExpFloat64 returns an exponentially distributed float64 in the range
// (0, +math.MaxFloat64] with rate parameter 1 (mean 1), by the ziggurat method
// (internal/ziggurat): one Uint32 gives the point and, in its low byte, the
// strip.
func (r *Rand) ExpFloat64() float64 {
	for {
		j := r.Uint32()
		if x, ok := ziggurat.Exp(j, int(j&0xFF), r.Float64); ok {
			return x
		}
	}
}

// ExpFloat64 returns an exponentially distributed float64 with rate 1 from the
// default Source.
func ExpFloat64() float64 { return globalRand().ExpFloat64() }
