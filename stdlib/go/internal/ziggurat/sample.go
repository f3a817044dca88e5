package ziggurat

import "math"

// Normal samples the standard normal distribution. j is a random int32 (its
// sign is the result's) and i a random strip in [0, 128); uniform draws from
// [0, 1) when the quick test fails. It reports false when the point is
// rejected and the caller must draw again.
func Normal(j int32, i int, uniform func() float64) (float64, bool) {
	x := float64(j) * float64(WN[i])
	abs := uint32(j)
	if j < 0 {
		abs = uint32(-j)
	}
	if abs < KN[i] {
		return x, true
	}
	if i == 0 {
		// the tail beyond RN, by Marsaglia's method
		for {
			x = -math.Log(uniform()) * (1.0 / RN)
			y := -math.Log(uniform())
			if y+y >= x*x {
				break
			}
		}
		if j > 0 {
			return RN + x, true
		}
		return -RN - x, true
	}
	return x, FN[i]+float32(uniform())*(FN[i-1]-FN[i]) < float32(math.Exp(-.5*x*x))
}

// Exp samples the exponential distribution of rate 1, from a random uint32 j
// and a strip i in [0, 256), as Normal does.
func Exp(j uint32, i int, uniform func() float64) (float64, bool) {
	x := float64(j) * float64(WE[i])
	if j < KE[i] {
		return x, true
	}
	if i == 0 {
		// the exponential's tail is itself exponential, shifted
		return RE - math.Log(uniform()), true
	}
	return x, FE[i]+float32(uniform())*(FE[i-1]-FE[i]) < float32(math.Exp(-x))
}
