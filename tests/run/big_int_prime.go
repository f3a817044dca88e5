// math/big's number theory: ProbablyPrime (Baillie-PSW) over primes,
// composites, Carmichael numbers, strong pseudoprimes to base 2, squares and
// large Mersenne numbers; Jacobi with negative arguments and its panic;
// ModSqrt for each of its three methods; Rat.SetFloat64 exactly.
package main

import (
	"fmt"
	"math"
	"math/big"
)

func primes(label string, xs []string, n int) {
	fmt.Printf("%s:", label)
	for _, s := range xs {
		x, ok := new(big.Int).SetString(s, 0)
		if !ok {
			panic(s)
		}
		if x.ProbablyPrime(n) {
			fmt.Print(" P")
		} else {
			fmt.Print(" c")
		}
	}
	fmt.Println()
}

func mersenne(p uint) *big.Int {
	m := new(big.Int).Lsh(big.NewInt(1), p)
	return m.Sub(m, big.NewInt(1))
}

func main() {
	small := []string{"-7", "0", "1", "2", "3", "4", "9", "25", "49", "61", "63", "64", "67", "97", "100", "101", "121", "169", "289", "4087", "4093", "65521"}
	primes("small", small, 0)
	primes("small n=5", small, 5)
	// Carmichael numbers and strong pseudoprimes to base 2
	primes("pseudo", []string{"561", "1105", "1729", "2465", "2821", "6601", "8911", "2047", "3277", "4033", "4681", "8321", "3825123056546413051", "318665857834031151167461"}, 0)
	// a Lucas pseudoprime check: squares of primes above 64, products of two large primes
	primes("squares", []string{"5329", "10201", "1000000014000000049", "18446744030759878681"}, 3)
	primes("large", []string{"18446744073709551557", "18446744073709551559", "170141183460469231731687303715884105727", "170141183460469231731687303715884105729", "0x1fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"}, 10)
	for _, p := range []uint{31, 61, 67, 89, 107, 127, 257, 521} {
		fmt.Printf("2^%d-1 prime: %v\n", p, mersenne(p).ProbablyPrime(2))
	}
	count := 0
	for i := int64(0); i < 10000; i++ {
		if big.NewInt(i).ProbablyPrime(1) {
			count++
		}
	}
	fmt.Println("primes below 10000:", count)

	for _, c := range [][2]int64{{1, 3}, {2, 3}, {2, 7}, {3, 7}, {5, 21}, {6, 21}, {-1, 7}, {-1, 5}, {-3, -7}, {3, -7}, {-3, 7}, {1001, 9907}, {19, 45}, {8, 21}, {0, 1}, {0, 9}} {
		fmt.Printf("Jacobi(%d, %d) = %d\n", c[0], c[1], big.Jacobi(big.NewInt(c[0]), big.NewInt(c[1])))
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		big.Jacobi(big.NewInt(3), big.NewInt(10))
	}()

	// 3 mod 4: 7, 23, 2^61-1 ... 5 mod 8: 5, 13, 29, 2^127+45? ... 1 mod 8: 17, 41, 113, 257, 65537
	for _, p := range []int64{7, 23, 5, 13, 29, 37, 17, 41, 73, 113, 257, 65537, 2305843009213693951, 1000000007, 998244353} {
		P := big.NewInt(p)
		var roots []string
		for _, x := range []int64{0, 1, 2, 3, 4, 5, 10, 15, -4, p + 2, 123456789} {
			z := new(big.Int)
			r := z.ModSqrt(big.NewInt(x), P)
			if r == nil {
				roots = append(roots, "-")
				continue
			}
			// the root is right
			sq := new(big.Int).Mul(r, r)
			sq.Mod(sq, P)
			if sq.Cmp(new(big.Int).Mod(big.NewInt(x), P)) != 0 {
				panic(fmt.Sprint("bad root", x, p, r))
			}
			roots = append(roots, r.String())
		}
		fmt.Println("ModSqrt mod", p, roots)
	}
	big127 := mersenne(127)
	x := big.NewInt(1234567)
	x.Mul(x, x)
	fmt.Println("root mod 2^127-1:", new(big.Int).ModSqrt(x, big127))
	p := new(big.Int).Lsh(big.NewInt(1), 255)
	p.Sub(p, big.NewInt(19)) // 2^255-19 ≡ 5 mod 8
	fmt.Println("root of 4 mod 2^255-19:", new(big.Int).ModSqrt(big.NewInt(4), p))
	fmt.Println("root of 2 mod 2^255-19:", new(big.Int).ModSqrt(big.NewInt(2), p))
	q, _ := new(big.Int).SetString("21888242871839275222246405745257275088548364400416034343698204186575808495617", 10) // ≡ 1 mod 2^28
	fmt.Println("root of 5 mod q:", new(big.Int).ModSqrt(big.NewInt(5), q))
	y := big.NewInt(987654321)
	y.Mul(y, y)
	fmt.Println("root of 987654321² mod q:", new(big.Int).ModSqrt(y, q))
	y.SetInt64(1234)
	y.Mul(y, y)
	fmt.Println("root of 1234² mod 2^255-19:", new(big.Int).ModSqrt(y, p))

	for _, f := range []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 0.1, -2.75, 1e100, 1e-300, math.SmallestNonzeroFloat64, math.MaxFloat64, 3 << 60, 123.456} {
		r := new(big.Rat).SetFloat64(f)
		back, exact := r.Float64()
		s := r.String()
		if len(s) > 60 {
			s = s[:30] + "..." + s[len(s)-20:]
		}
		fmt.Println(f, s, back == f, exact)
	}
	fmt.Println(new(big.Rat).SetFloat64(math.Inf(1)) == nil, new(big.Rat).SetFloat64(math.NaN()) == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	big.NewInt(5).ProbablyPrime(-1)
}
