package math

import "math/bits"

// The trigonometric functions, as Go computes them on amd64 (in Go, from the
// Cephes library's algorithms): the argument is reduced to z in [-π/4, π/4]
// and an octant j, then one of two polynomials is evaluated. Every operation
// below is the one Go performs, in its order, so results agree to the last
// bit — programs print them with the shortest representation.

// sinCoef and cosCoef are the minimax polynomials of sin(z)/z - 1 and of
// cos(z) - 1 + z²/2 in z² on [0, π/4] (highest degree first).
var sinCoef = [6]float64{
	1.58962301576546568060e-10,
	-2.50507477628578072866e-8,
	2.75573136213857245213e-6,
	-1.98412698295895385996e-4,
	8.33333333332211858878e-3,
	-1.66666666666666307295e-1,
}

var cosCoef = [6]float64{
	-1.13585365213876817300e-11,
	2.08757008419747316778e-9,
	-2.75573141792967388112e-7,
	2.48015872888517045348e-5,
	-1.38888888888730564116e-3,
	4.16666666666665929218e-2,
}

// tanP and tanQ are the rational approximation of (tan(z) - z)/z³ in z².
var tanP = [3]float64{
	-1.30936939181383777646e4,
	1.15351664838587416140e6,
	-1.79565251976484877988e7,
}

var tanQ = [4]float64{
	1.36812963470692954678e4,
	-1.32089234440210967447e6,
	2.50083801823357915839e7,
	-5.38695755929454629881e7,
}

// sinPoly and cosPoly evaluate the two polynomials at z (zz = z²).
func sinPoly(z, zz float64) float64 {
	c := &sinCoef
	return z + z*zz*((((((c[0]*zz)+c[1])*zz+c[2])*zz+c[3])*zz+c[4])*zz+c[5])
}

func cosPoly(zz float64) float64 {
	c := &cosCoef
	return 1.0 - 0.5*zz + zz*zz*((((((c[0]*zz)+c[1])*zz+c[2])*zz+c[3])*zz+c[4])*zz+c[5])
}

// reduceThreshold is where the three-part subtraction of multiples of π/4
// stops being exact enough and trigReduce takes over.
const reduceThreshold = 1 << 29

// octant reduces x ≥ 0 to z in [-π/4, π/4] and j, the even octant (0, 2, 4
// or 6) z is measured from: x = j·π/4 + z modulo 2π.
func octant(x float64) (j uint64, z float64) {
	// π/4 in three parts, each with trailing zero bits, so that y·PI4A and
	// y·PI4B are exact for the y this is used for
	const (
		PI4A = 7.85398125648498535156e-1
		PI4B = 3.77489470793079817668e-8
		PI4C = 2.69515142907905952645e-15
	)
	if x >= reduceThreshold {
		return trigReduce(x)
	}
	j = uint64(x * (4 / Pi))
	y := float64(j)
	if j&1 == 1 {
		j++
		y++
	}
	j &= 7
	return j, ((x - y*PI4A) - y*PI4B) - y*PI4C
}

// Sin returns the sine of the radian argument x.
func Sin(x float64) float64 {
	switch {
	case x == 0 || IsNaN(x):
		return x
	case IsInf(x, 0):
		return NaN()
	}
	neg := x < 0
	j, z := octant(Abs(x))
	if j > 3 {
		neg = !neg
		j -= 4
	}
	zz := z * z
	var y float64
	if j == 1 || j == 2 {
		y = cosPoly(zz)
	} else {
		y = sinPoly(z, zz)
	}
	if neg {
		y = -y
	}
	return y
}

// Cos returns the cosine of the radian argument x.
func Cos(x float64) float64 {
	if IsNaN(x) || IsInf(x, 0) {
		return NaN()
	}
	neg := false
	j, z := octant(Abs(x))
	if j > 3 {
		j -= 4
		neg = !neg
	}
	if j > 1 {
		neg = !neg
	}
	zz := z * z
	var y float64
	if j == 1 || j == 2 {
		y = sinPoly(z, zz)
	} else {
		y = cosPoly(zz)
	}
	if neg {
		y = -y
	}
	return y
}

// Sincos returns Sin(x), Cos(x).
func Sincos(x float64) (sin, cos float64) {
	if x == 0 {
		return x, 1
	}
	return Sin(x), Cos(x)
}

// Tan returns the tangent of the radian argument x.
func Tan(x float64) float64 {
	switch {
	case x == 0 || IsNaN(x):
		return x
	case IsInf(x, 0):
		return NaN()
	}
	neg := x < 0
	j, z := octant(Abs(x))
	zz := z * z
	y := z
	if zz > 1e-14 {
		p, q := &tanP, &tanQ
		y = z + z*(zz*(((p[0]*zz)+p[1])*zz+p[2])/((((zz+q[0])*zz+q[1])*zz+q[2])*zz+q[3]))
	}
	if j&2 == 2 {
		y = -1 / y
	}
	if neg {
		y = -y
	}
	return y
}

// trigReduce is octant for huge x (≥ reduceThreshold), by Payne and Hanek's
// method: x's 53-bit mantissa times the bits of 4/π that matter for x's
// exponent gives x·4/π modulo 8 to full precision without ever forming the
// (huge) integer part.
func trigReduce(x float64) (j uint64, z float64) {
	const PI4 = Pi / 4
	if x < PI4 {
		return 0, x
	}
	ix := Float64bits(x)
	exp := int(ix>>mantBits&expMask) - expBias - mantBits
	ix &^= expMask << mantBits
	ix |= 1 << mantBits
	// the 192 bits of 4/π starting 61 bits above x's lowest mantissa bit
	digit, shift := uint(exp+61)/64, uint(exp+61)%64
	z0 := (fourOverPi[digit] << shift) | (fourOverPi[digit+1] >> (64 - shift))
	z1 := (fourOverPi[digit+1] << shift) | (fourOverPi[digit+2] >> (64 - shift))
	z2 := (fourOverPi[digit+2] << shift) | (fourOverPi[digit+3] >> (64 - shift))
	// their product with the mantissa, keeping the top 128 bits
	z2hi, _ := bits.Mul64(z2, ix)
	z1hi, z1lo := bits.Mul64(z1, ix)
	z0lo := z0 * ix
	lo, c := bits.Add64(z1lo, z2hi, 0)
	hi, _ := bits.Add64(z0lo, z1hi, c)
	// the top three bits are the octant, the rest the fraction of it
	j = hi >> 61
	hi = hi<<3 | lo>>61
	lz := uint(bits.LeadingZeros64(hi))
	e := uint64(expBias - (lz + 1))
	hi = (hi << (lz + 1)) | (lo >> (64 - (lz + 1)))
	hi >>= 64 - mantBits
	hi |= e << mantBits
	z = Float64frombits(hi)
	if j&1 == 1 {
		j++
		j &= 7
		z--
	}
	return j, z * PI4
}

// fourOverPi holds the binary expansion of 4/π: its integer part 1 in the
// lowest bit of the first word, then 1216 bits of the fraction.
var fourOverPi = [20]uint64{
	0x0000000000000001,
	0x45f306dc9c882a53,
	0xf84eafa3ea69bb81,
	0xb6c52b3278872083,
	0xfca2c757bd778ac3,
	0x6e48dc74849ba5c0,
	0x0c925dd413a32439,
	0xfc3bd63962534e7d,
	0xd1046bea5d768909,
	0xd338e04d68befc82,
	0x7323ac7306a673e9,
	0x3908bf177bf25076,
	0x3ff12fffbc0b301f,
	0xde5e2316b414da3e,
	0xda6cfd9e4f96136e,
	0x9e8c7ecd3cbfd45a,
	0xea4f758fd7cbe2f6,
	0x7a0e73ef14a525d4,
	0xd7f6bf623f1aba10,
	0xac06608df8f6d757,
}
