// math/big.Float: setters and getters with their accuracies, arithmetic in
// every rounding mode and at mixed precisions (random operands, printed in
// every format), Go's square root, parsing in each base with exponents and
// separators and its errors, fmt verbs with flags and widths, a value of π
// computed by Machin's formula, and the NaN panics.
package main

import (
	"fmt"
	"math"
	"math/big"
	"strings"
)

var state uint64 = 12345

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}


func randFloat() *big.Float {
	prec := uint(next()%200 + 1)
	f := new(big.Float).SetPrec(prec).SetMode(big.RoundingMode(next() % 6))
	switch next() % 10 {
	case 0:
		return f.SetInt64(int64(next()%2000) - 1000)
	case 1:
		return f.SetInt64(0)
	}
	m := new(big.Int).SetUint64(next())
	if next()%2 == 0 {
		m.Mul(m, new(big.Int).SetUint64(next()))
	}
	if next()%2 == 0 {
		m.Neg(m)
	}
	f.SetInt(m)
	return f.SetMantExp(f, int(next()%400)-200)
}



func digits(n int) string {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteByte(byte('0' + next()%10))
	}
	return sb.String()
}

func basics() {
	x := big.NewFloat(1.5)
	fmt.Println(x, x.Prec(), x.Mode(), x.Acc(), x.MinPrec())
	y := new(big.Float).SetPrec(200)
	y.SetInt64(2)
	y.Sqrt(y)
	fmt.Println(y)
	fmt.Println(y.Text('g', 60), y.Text('f', 50), y.Text('e', 30))
	fmt.Printf("%v %.20f %10.3f|%-12.4e|%+g %x %b\n", y, y, y, y, y, y, y)
	pi := new(big.Float).SetPrec(300)
	pi.SetString("3.14159265358979323846264338327950288419716939937510582097494459")
	fmt.Println(pi, pi.Text('g', -1))
	third := new(big.Float).Quo(big.NewFloat(1), big.NewFloat(3))
	fmt.Println(third, third.Text('g', -1), third.Acc())
	f, acc := third.Float64()
	fmt.Println(f, acc, f == 1.0/3)
	f32, acc := third.Float32()
	fmt.Println(f32, acc)
	for _, v := range []float64{0, math.Copysign(0, -1), 1, -2.5, 1e100, 1e-310, math.MaxFloat64, math.SmallestNonzeroFloat64, 0.1, 123456789.125, math.Inf(1), math.Inf(-1)} {
		z := big.NewFloat(v)
		back, acc := z.Float64()
		i, iacc := z.Int64()
		u, uacc := z.Uint64()
		fmt.Println(z, z.Text('e', -1), back == v || v != v, acc, i, iacc, u, uacc, z.IsInt(), z.Sign(), z.Signbit(), z.IsInf())
	}
	r := big.NewRat(22, 7)
	rf := new(big.Float).SetPrec(512).SetRat(r)
	fmt.Println(rf, rf.Acc())
	fr, _ := big.NewFloat(0.75).Rat(nil)
	fmt.Println(fr)
	bi, bacc := big.NewFloat(-12345.678).Int(nil)
	fmt.Println(bi, bacc)
	a, _ := new(big.Float).SetString("1e400")
	b, _ := new(big.Float).SetString("-0x1.8p-3")
	c, ok := new(big.Float).SetString("12_345.5")
	d, ok2 := new(big.Float).SetString("1__2")
	fmt.Println(a, b, c, ok, d, ok2)
	for _, s := range []string{"", "abc", "1.5x", "0x", "1e", "Inf", "-inf", "1e99999999999999999999", ".", "0b101.1p2", "0o17", "1_000", "+.5e-3"} {
		f, base, err := new(big.Float).Parse(s, 0)
		fmt.Println(s, f, base, err)
	}
	m := new(big.Float)
	e := big.NewFloat(12).MantExp(m)
	fmt.Println(m, e, new(big.Float).SetMantExp(m, 5))
	fmt.Println(x.Cmp(y), y.Cmp(x), x.Cmp(big.NewFloat(1.5)), new(big.Float).Neg(x), new(big.Float).Abs(big.NewFloat(-3)))
	s := new(big.Float).Sub(big.NewFloat(1), big.NewFloat(1))
	fmt.Println(s, s.Signbit())
	defer func() { fmt.Println("recovered:", recover()) }()
	inf := new(big.Float).SetInf(false)
	new(big.Float).Sub(inf, inf)
}

func arithmetic() {
	ops := []string{"add", "sub", "mul", "quo", "sqrt", "set", "cmp", "prec"}
	for i := 0; i < 80; i++ {
		x, y := randFloat(), randFloat()
		z := new(big.Float)
		if next()%2 == 0 {
			z.SetPrec(uint(next()%150 + 1))
		}
		z.SetMode(big.RoundingMode(next() % 6))
		op := ops[next()%uint64(len(ops))]
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println(i, op, "panic", r)
				}
			}()
			switch op {
			case "add":
				z.Add(x, y)
			case "sub":
				z.Sub(x, y)
			case "mul":
				z.Mul(x, y)
			case "quo":
				z.Quo(x, y)
			case "sqrt":
				z.Sqrt(z.Abs(x))
			case "set":
				z.Set(x)
			case "cmp":
				fmt.Println(i, "cmp", x.Cmp(y))
				return
			case "prec":
				z.Copy(x).SetPrec(uint(next() % 100))
			}
			f64, a64 := z.Float64()
			f32, a32 := z.Float32()
			i64, ai := z.Int64()
			u64, au := z.Uint64()
			fmt.Println(i, op, z.Text('p', 0), z.Prec(), z.Mode(), z.Acc(), z.MinPrec(), f64, a64, f32, a32, i64, ai, u64, au)
			fmt.Println("  ", z, z.Text('e', 12), z.Text('f', 5), z.Text('g', -1), z.Text('x', -1), z.Text('x', 3), z.Text('b', 0))
		}()
	}
}

func parsing() {
	for i := 0; i < 80; i++ {
		s := digits(int(next()%25 + 1))
		if next()%2 == 0 {
			s += "." + digits(int(next()%25))
		}
		if next()%3 == 0 {
			s += fmt.Sprintf("e%d", int(next()%700)-350)
		}
		if next()%4 == 0 {
			s = "-" + s
		}
		prec := uint(next()%300 + 1)
		mode := big.RoundingMode(next() % 6)
		f, b, err := big.ParseFloat(s, 0, prec, mode)
		if err != nil {
			fmt.Println(i, s, err)
			continue
		}
		p := int(next()%40) - 1
		fmt.Println(i, s, b, f.Text('p', 0), f.Acc(), f.Text('g', p), f.Text('e', p), f.Text('f', p%12), f.Text('G', -1), f.Text('E', -1))
		fmt.Printf("  %v|%.3v|%12.4g|%-14.3e|%+.2f|% f|%08.3f|%F|%.0f|%s\n", f, f, f, f, f, f, f, f, f, f)
	}
	for _, s := range []string{"0x1p-1074", "0x1.fffffffffffffp1023", "0b1011", "0o777.4", "0x.8", "1_000.000_1", "0x_1p4", "1e1_0", "0.000001", "123456789012345678901234567890", "1e-400", "1e1000000000"} {
		f, b, err := big.ParseFloat(s, 0, 64, big.ToNearestEven)
		fmt.Println(s, f, b, err)
	}
	for _, base := range []int{2, 8, 10, 16} {
		f, b, err := big.ParseFloat("101.1", base, 53, big.ToNearestEven)
		fmt.Println(base, f, b, err)
	}
	fmt.Printf("%z %d %s\n", big.NewFloat(1), big.NewFloat(2), big.NewFloat(3.25))
	fmt.Println(big.ToNearestAway, big.RoundingMode(9), big.Above, big.MaxExp, big.MinExp, uint64(big.MaxPrec))
	var e error = big.ErrNaN{}
	fmt.Printf("%q\n", e.Error())
}

// arctan1 is arctan(1/x) by its series, at z's precision.
func arctan1(x int64, prec uint) *big.Float {
	sum := new(big.Float).SetPrec(prec)
	term := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1), new(big.Float).SetInt64(x))
	x2 := new(big.Float).SetInt64(x * x)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -int(prec))
	for k := int64(0); term.Cmp(eps) > 0; k++ {
		t := new(big.Float).SetPrec(prec).Quo(term, new(big.Float).SetInt64(2*k+1))
		if k%2 == 0 {
			sum.Add(sum, t)
		} else {
			sum.Sub(sum, t)
		}
		term.Quo(term, x2)
	}
	return sum
}

func main() {
	arithmetic()
	parsing()
	// π = 16 arctan(1/5) - 4 arctan(1/239)
	const prec = 400
	pi := new(big.Float).SetPrec(prec).Mul(big.NewFloat(16), arctan1(5, prec))
	pi.Sub(pi, new(big.Float).SetPrec(prec).Mul(big.NewFloat(4), arctan1(239, prec)))
	fmt.Println(pi.Text('f', 100))
	fmt.Printf("%.50g\n", pi)
	two := new(big.Float).SetPrec(1000).SetInt64(2)
	fmt.Println(new(big.Float).Sqrt(two).Text('g', 250))
	text, err := pi.MarshalText()
	fmt.Println(string(text), err)
	var u big.Float
	fmt.Println(u.UnmarshalText([]byte("0x1p-3")), &u, u.UnmarshalText([]byte("x")))
	basics()
}
