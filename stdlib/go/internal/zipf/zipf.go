// Package zipf draws Zipf distributed variates for math/rand and
// math/rand/v2: P(k) ∝ (v + k)^(-s) for k in [0, imax], by rejection-inversion
// (Hörmann and Derflinger, "Rejection-inversion to generate variates from
// monotone discrete distributions"), as Go's packages do: the same uniform
// variates, the same arithmetic, so the same sequence for the same source.
package zipf

import "math"

// Dist is a Zipf distribution, ready to draw from.
type Dist struct {
	imax float64
	v    float64
	q    float64 // the exponent s
	// s is the acceptance bound for k - x that needs no second test
	s float64
	// 1 - q and its reciprocal, the exponents of h and its inverse
	oneminusQ    float64
	oneminusQinv float64
	// h(imax + 1/2), and h(1/2) - v^(-q) - h(imax + 1/2): the range the
	// uniform variate is scaled into
	hxm         float64
	hx0minusHxm float64
}

// h is the integral of the hat function, (v + x)^(1-q)/(1-q).
func (d *Dist) h(x float64) float64 {
	return math.Exp(d.oneminusQ*math.Log(d.v+x)) * d.oneminusQinv
}

// hinv is h's inverse.
func (d *Dist) hinv(x float64) float64 {
	return math.Exp(d.oneminusQinv*math.Log(d.oneminusQ*x)) - d.v
}

// New is the distribution of exponent s > 1 and offset v ≥ 1 over [0, imax];
// ok is false for other s and v.
func New(s, v float64, imax uint64) (d Dist, ok bool) {
	if s <= 1.0 || v < 1 {
		return d, false
	}
	d = Dist{imax: float64(imax), v: v, q: s}
	d.oneminusQ = 1.0 - d.q
	d.oneminusQinv = 1.0 / d.oneminusQ
	d.hxm = d.h(d.imax + 0.5)
	d.hx0minusHxm = d.h(0.5) - math.Exp(math.Log(d.v)*(-d.q)) - d.hxm
	d.s = 1 - d.hinv(d.h(1.5)-math.Exp(-d.q*math.Log(d.v+1.0)))
	return d, true
}

// Draw is a variate, from uniform variates in [0, 1) that float64 returns.
func (d *Dist) Draw(float64 func() float64) uint64 {
	for {
		ur := d.hxm + float64()*d.hx0minusHxm
		x := d.hinv(ur)
		k := math.Floor(x + 0.5)
		if k-x <= d.s || ur >= d.h(k+0.5)-math.Exp(-math.Log(k+d.v)*d.q) {
			return uint64(k)
		}
	}
}
