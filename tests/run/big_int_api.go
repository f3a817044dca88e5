// math/big.Int against Go: factorials and Fibonacci numbers, the four
// divisions with every sign, fmt verbs and flags, Exp with and without a
// modulus (negative exponents as inverses), GCD, shifts, Sqrt, MulRange,
// Binomial, texts in bases 2 to 62, SetString with prefixes and underscores,
// bytes, and division by zero.
package main

import (
	"fmt"
	"math/big"
)

func fact(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func fib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func main() {
	f := fact(100)
	fmt.Println(f)
	fmt.Println(fib(300), fib(300).BitLen())
	x, _ := new(big.Int).SetString("123456789012345678901234567890123456789", 10)
	y, _ := new(big.Int).SetString("-98765432109876543210987654321", 10)
	for _, p := range [][2]*big.Int{{x, y}, {y, x}, {f, x}, {big.NewInt(-7), big.NewInt(2)}, {big.NewInt(7), big.NewInt(-2)}, {big.NewInt(-7), big.NewInt(-2)}, {x, big.NewInt(3)}} {
		a, b := p[0], p[1]
		q, r := new(big.Int).QuoRem(a, b, new(big.Int))
		d, m := new(big.Int).DivMod(a, b, new(big.Int))
		fmt.Println(new(big.Int).Add(a, b), new(big.Int).Sub(a, b), new(big.Int).Mul(a, b), q, r, d, m, a.Cmp(b), a.CmpAbs(b))
	}
	fmt.Printf("%d|%x|%X|%o|%O|%b|%s|%v\n", y, x, x, big.NewInt(64), big.NewInt(64), big.NewInt(5), y, x)
	fmt.Printf("%+d|% d|%#x|%#o|%#b|%10d|%-10d|%010d|%.5d|%8.3d|%.0d|%q\n", big.NewInt(42), big.NewInt(42), big.NewInt(255), big.NewInt(8), big.NewInt(5), big.NewInt(-42), big.NewInt(42), big.NewInt(-42), big.NewInt(7), big.NewInt(7), big.NewInt(0), big.NewInt(3))
	var nilInt *big.Int
	fmt.Println(nilInt, nilInt.String())
	fmt.Println(new(big.Int).Exp(big.NewInt(2), big.NewInt(200), nil), new(big.Int).Exp(big.NewInt(3), big.NewInt(1000), big.NewInt(1000000007)), new(big.Int).Exp(big.NewInt(-2), big.NewInt(3), nil), new(big.Int).Exp(big.NewInt(-2), big.NewInt(3), big.NewInt(5)))
	fmt.Println(new(big.Int).Exp(big.NewInt(3), big.NewInt(-1), big.NewInt(7)), new(big.Int).Exp(big.NewInt(2), big.NewInt(-1), big.NewInt(4)), new(big.Int).Exp(big.NewInt(5), big.NewInt(0), nil))
	g, a, b := new(big.Int), new(big.Int), new(big.Int)
	g.GCD(a, b, big.NewInt(240), big.NewInt(46))
	fmt.Println(g, a, b, new(big.Int).GCD(nil, nil, x, f), new(big.Int).ModInverse(big.NewInt(3), big.NewInt(11)))
	fmt.Println(new(big.Int).Lsh(big.NewInt(3), 100), new(big.Int).Rsh(x, 70), new(big.Int).Rsh(big.NewInt(-5), 1), new(big.Int).Rsh(y, 64), x.Bit(0), big.NewInt(-4).Bit(1), x.TrailingZeroBits())
	fmt.Println(new(big.Int).Sqrt(x), new(big.Int).Sqrt(f), new(big.Int).MulRange(10, 20), new(big.Int).Binomial(100, 50), new(big.Int).MulRange(-3, -1))
	fmt.Println(x.Text(2), x.Text(36), x.Text(62), y.Text(16), x.String(), string(x.Append([]byte("x="), 8)))
	for _, s := range []string{"0x1f", "0b101", "0o17", "017", "0", "-0", "1_000_000", "0x_ff", "_1", "1__0", "1_", "0x", "", "-", "+12", "12a", "zz"} {
		v, ok := new(big.Int).SetString(s, 0)
		fmt.Println(s, v, ok)
	}
	for _, bs := range []struct {
		s string
		b int
	}{{"zz", 36}, {"ZZ", 36}, {"Zz", 62}, {"777", 8}, {"8", 8}, {"1_0", 10}, {"ff", 16}} {
		v, ok := new(big.Int).SetString(bs.s, bs.b)
		fmt.Println(bs.s, bs.b, v, ok)
	}
	fmt.Println(x.Int64(), x.Uint64(), x.IsInt64(), big.NewInt(-1<<63).IsInt64(), y.Sign(), new(big.Int).Sign(), new(big.Int).Neg(y), new(big.Int).Abs(y))
	fmt.Println(new(big.Int).SetBytes([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9}), x.Bytes(), big.NewInt(258).FillBytes(make([]byte, 4)))
	fmt.Println(new(big.Int).SetUint64(1<<64-1), new(big.Int).Mul(new(big.Int).SetUint64(1<<64-1), new(big.Int).SetUint64(1<<64-1)))
	big1, _ := new(big.Int).SetString("1"+string(make([]byte, 0))+"00000000000000000000000000000000000000000000000000000000000000000000000000000000", 10)
	fmt.Println(new(big.Int).Quo(big1, x), new(big.Int).Rem(big1, x), new(big.Int).Quo(f, fact(50)))
	defer func() { fmt.Println("recovered:", recover()) }()
	new(big.Int).Quo(x, new(big.Int))
}
