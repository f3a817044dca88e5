package big

// Primality and square roots modulo a prime.
//
// ProbablyPrime is the Baillie-PSW test, as Go's: a Miller-Rabin round to
// base 2, then an extra strong Lucas test, with n more Miller-Rabin rounds to
// other bases in between. Baillie-PSW has no known composite that passes it,
// so a number's answer does not depend on which extra bases are drawn; minigo
// draws them from a fixed generator seeded by the number (Go uses its own),
// and primes pass every base.
//
// ModSqrt computes the root the same way as Go (the exponent for p ≡ 3 mod 4,
// Atkin's formula for p ≡ 5 mod 8, Tonelli-Shanks with the least non-residue
// otherwise): of a square's two roots, each method gives one, and a program
// sees the same one as under Go.

// smallPrimes are the odd primes below 64; a number below 64 is looked up.
var smallPrimes = [...]Word{3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61}

// ProbablyPrime reports whether x is probably prime, applying the
// Miller-Rabin test with n pseudorandomly chosen bases as well as a
// Baillie-PSW test; it is 100% accurate for inputs less than 2⁶⁴. x <= 0 is
// not prime. It panics if n < 0.
func (x *Int) ProbablyPrime(n int) bool {
	if n < 0 {
		panic("negative n for ProbablyPrime")
	}
	if x.neg || len(x.abs) == 0 {
		return false
	}
	if len(x.abs) == 1 && x.abs[0] < 64 {
		w := x.abs[0]
		if w == 2 {
			return true
		}
		for _, p := range smallPrimes {
			if w == p {
				return true
			}
		}
		return false
	}
	if x.abs[0]&1 == 0 {
		return false
	}
	for _, p := range smallPrimes {
		if _, r := nat(nil).divW(x.abs, p); r == 0 {
			return false
		}
	}
	return x.millerRabin(n) && x.lucas()
}

// millerRabin reports whether x (odd, > 64) is a strong probable prime to
// base 2 and to n more bases in [3, x-2].
func (x *Int) millerRabin(n int) bool {
	xm1 := new(Int).Sub(x, intOne)
	k := xm1.abs.trailingZeroBits()
	d := new(Int).Rsh(xm1, k) // x-1 = d·2^k, d odd
	witness := func(a *Int) bool {
		y := new(Int).Exp(a, d, x)
		if y.Cmp(intOne) == 0 || y.Cmp(xm1) == 0 {
			return false
		}
		for i := uint(1); i < k; i++ {
			y.Mul(y, y).Mod(y, x)
			if y.Cmp(xm1) == 0 {
				return false
			}
			if y.Cmp(intOne) == 0 {
				return true
			}
		}
		return true
	}
	if witness(NewInt(2)) {
		return false
	}
	// bases 3 + (r mod (x-4)), r from an xorshift generator seeded by x
	state := uint64(x.abs[0]) | 1
	span := new(Int).Sub(x, NewInt(4))
	for i := 0; i < n; i++ {
		r := new(Int)
		for range x.abs {
			state ^= state << 13
			state ^= state >> 7
			state ^= state << 17
			r.Lsh(r, 64).Or(r, new(Int).SetUint64(state))
		}
		a := r.Mod(r, span).Add(r, NewInt(3))
		if witness(a) {
			return false
		}
	}
	return true
}

// lucas reports whether x (odd, > 64, with no prime factor below 64) passes the extra strong Lucas probable prime test with Q = 1
// and P the least of 3, 4, 5, ... for which D = P²-4 has Jacobi symbol -1.
func (x *Int) lucas() bool {
	p := int64(3)
	for {
		d := NewInt(p*p - 4)
		j := Jacobi(d, x)
		if j == -1 {
			break
		}
		if j == 0 {
			// D shares a factor with x, which is larger: composite
			return false
		}
		if p == 40 {
			// a square has no D with symbol -1: stop searching for one
			if r := new(Int).Sqrt(x); r.Mul(r, r).Cmp(x) == 0 {
				return false
			}
		}
		p++
	}
	// x+1 = s·2^r, s odd
	xp1 := new(Int).Add(x, intOne)
	r := xp1.abs.trailingZeroBits()
	s := new(Int).Rsh(xp1, r)
	// V_s and V_{s+1} by the ladder V_{2k} = V_k²-2, V_{2k+1} = V_k·V_{k+1}-P
	P, two := NewInt(p), NewInt(2)
	vk, vk1 := NewInt(2), NewInt(p)
	t := new(Int)
	for i := s.BitLen() - 1; i >= 0; i-- {
		t.Mul(vk, vk1).Sub(t, P).Mod(t, x)
		if s.Bit(i) == 1 {
			vk.Set(t)
			vk1.Mul(vk1, vk1).Sub(vk1, two).Mod(vk1, x)
		} else {
			vk1.Set(t)
			vk.Mul(vk, vk).Sub(vk, two).Mod(vk, x)
		}
	}
	// U_s ≡ 0 exactly when 2·V_{s+1} ≡ P·V_s (D·U_s = 2V_{s+1} - P·V_s, and D
	// is prime to x)
	lhs := new(Int).Mul(two, vk1)
	lhs.Sub(lhs, new(Int).Mul(P, vk)).Mod(lhs, x)
	if len(lhs.abs) == 0 {
		if vk.Cmp(two) == 0 || vk.Cmp(new(Int).Sub(x, two)) == 0 {
			return true
		}
	}
	// V_{s·2^t} ≡ 0 for some 0 <= t < r-1
	for i := uint(0); i+1 < r; i++ {
		if len(vk.abs) == 0 {
			return true
		}
		vk.Mul(vk, vk).Sub(vk, two).Mod(vk, x)
	}
	return false
}

// Jacobi returns the Jacobi symbol (x/y), either +1, -1, or 0. The y
// argument must be an odd integer; for a negative y it is the Kronecker
// symbol's extension, (x/y) negated when x is negative too.
func Jacobi(x, y *Int) int {
	if len(y.abs) == 0 || y.abs[0]&1 == 0 {
		panic("big: invalid 2nd argument to Int.Jacobi: need odd integer but got " + y.String())
	}
	a, b := new(Int).Set(x), new(Int).Abs(y)
	j := 1
	if y.neg && x.neg {
		j = -1
	}
	for {
		if b.Cmp(intOne) == 0 {
			return j
		}
		a.Mod(a, b)
		if len(a.abs) == 0 {
			return 0
		}
		// (2/b) = -1 for b ≡ 3, 5 mod 8
		if s := a.abs.trailingZeroBits(); s&1 == 1 && (b.abs[0]&7 == 3 || b.abs[0]&7 == 5) {
			j = -j
		}
		a.Rsh(a, a.abs.trailingZeroBits())
		// quadratic reciprocity: the sign flips when both are 3 mod 4
		if a.abs[0]&3 == 3 && b.abs[0]&3 == 3 {
			j = -j
		}
		a, b = b, a
	}
}

// ModSqrt sets z to a square root of x mod p if such a square root exists,
// and returns z. The modulus p must be an odd prime. If x is not a square mod
// p, ModSqrt leaves z unchanged and returns nil. It panics if p is not an odd
// integer; its result is undefined if p is odd but not prime.
func (z *Int) ModSqrt(x, p *Int) *Int {
	switch Jacobi(x, p) {
	case -1:
		return nil
	case 0:
		return z.SetInt64(0)
	}
	if x.neg || x.Cmp(p) >= 0 {
		x = new(Int).Mod(x, p)
	}
	switch {
	case p.abs[0]&3 == 3:
		// x^((p+1)/4)
		e := new(Int).Add(p, intOne)
		return z.Exp(x, e.Rsh(e, 2), p)
	case p.abs[0]&7 == 5:
		// Atkin: b = (2x)^((p-5)/8), i = 2x·b², root = x·b·(i-1)
		tx := new(Int).Lsh(x, 1)
		b := new(Int).Exp(tx, new(Int).Rsh(p, 3), p)
		i := new(Int).Mul(b, b)
		i.Mod(i, p).Mul(i, tx).Mod(i, p).Sub(i, intOne)
		i.Mul(i, x).Mod(i, p)
		return z.Mul(i, b).Mod(z, p)
	}
	return z.tonelliShanks(x, p)
}

// tonelliShanks sets z to a square root of the square x mod the prime p.
func (z *Int) tonelliShanks(x, p *Int) *Int {
	// p-1 = s·2^e, s odd
	s := new(Int).Sub(p, intOne)
	e := s.abs.trailingZeroBits()
	s.Rsh(s, e)
	// the least non-residue
	n := NewInt(2)
	for Jacobi(n, p) != -1 {
		n.Add(n, intOne)
	}
	y := new(Int).Add(s, intOne)
	y.Exp(x, y.Rsh(y, 1), p)   // x^((s+1)/2)
	b := new(Int).Exp(x, s, p) // x^s
	g := new(Int).Exp(n, s, p) // n^s
	r := e
	t := new(Int)
	for {
		// the least m with b^(2^m) = 1
		m := uint(0)
		for t.Set(b); t.Cmp(intOne) != 0; m++ {
			t.Mul(t, t).Mod(t, p)
		}
		if m == 0 {
			return z.Set(y)
		}
		t.Exp(g, new(Int).Lsh(intOne, r-m-1), p) // g^(2^(r-m-1))
		g.Mul(t, t).Mod(g, p)
		y.Mul(y, t).Mod(y, p)
		b.Mul(b, g).Mod(b, p)
		r = m
	}
}
