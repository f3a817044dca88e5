// math/big's fmt.Scanner methods: Int, Rat and Float read from standard
// input with fmt.Fscan, then from strings with each verb, prefixes,
// underscores, a number followed by other text, and the errors.
package main

import (
	"bufio"
	"fmt"
	"math/big"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	var n int
	fmt.Fscan(in, &n)
	sum := new(big.Int)
	prod := big.NewInt(1)
	for i := 0; i < n; i++ {
		x := new(big.Int)
		if _, err := fmt.Fscan(in, x); err != nil {
			fmt.Println("error:", err)
			return
		}
		sum.Add(sum, x)
		prod.Mul(prod, x)
	}
	fmt.Println("sum:", sum)
	fmt.Println("product:", prod)
	r := new(big.Rat)
	f := new(big.Float).SetPrec(200)
	_, err := fmt.Fscan(in, r, f)
	fmt.Println(r, f.Text('g', 40), err)

	for _, c := range []struct{ in, format string }{
		{"12345678901234567890123", "%d"},
		{"-0x1F", "%v"},
		{"0b1011", "%v"},
		{"0o17", "%s"},
		{"017", "%v"},
		{"089", "%v"},
		{"0", "%v"},
		{"1_000_000", "%v"},
		{"1__0", "%v"},
		{"_1", "%v"},
		{"ff", "%x"},
		{"FF", "%X"},
		{"777", "%o"},
		{"1012", "%b"},
		{"12abc", "%d"},
		{"+42", "%d"},
		{"-", "%d"},
		{"abc", "%d"},
		{"", "%d"},
		{"5", "%f"},
	} {
		x := new(big.Int)
		var rest string
		k, err := fmt.Sscanf(c.in, c.format+"%s", x, &rest)
		fmt.Printf("Int %q %s: %v %q %d %v\n", c.in, c.format, x, rest, k, err)
	}
	for _, s := range []string{"3/4", "-1.25", "1e3", "2/0", "x", "7/8/9", "0.1e-2"} {
		x := new(big.Rat)
		k, err := fmt.Sscan(s, x)
		fmt.Printf("Rat %q: %v %d %v\n", s, x, k, err)
	}
	for _, s := range []string{"1.5", "-0x1.8p1", "1e-5 rest", "Inf", "1_0.5", "0b11.1", ".5", "abc", "1e", "6.02214076e23"} {
		x := new(big.Float)
		var rest string
		k, err := fmt.Sscan(s, x, &rest)
		fmt.Printf("Float %q: %v %q %d %v %d\n", s, x, rest, k, err, x.Prec())
	}
	var a, b big.Int
	k, err := fmt.Sscanf("7 and 9", "%d and %d", &a, &b)
	fmt.Println(a.String(), b.String(), k, err)
	k, err = fmt.Sscanf("7", "%q", &a)
	fmt.Println(k, err)
}
