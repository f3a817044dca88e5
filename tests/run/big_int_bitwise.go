// big.Int's bitwise operations on two's complement representations of
// unbounded width, for every sign combination, small and multi-word
// operands, and results that alias an operand.
package main

import (
	"fmt"
	"math/big"
)

func main() {
	var vals []*big.Int
	for _, s := range []string{"0", "1", "-1", "6", "-6", "255", "-256", "18446744073709551615", "-18446744073709551616",
		"340282366920938463463374607431768211457", "-340282366920938463463374607431768211455", "123456789012345678901234567890"} {
		v, _ := new(big.Int).SetString(s, 10)
		vals = append(vals, v)
	}
	ops := []struct {
		name string
		f    func(z, x, y *big.Int) *big.Int
	}{
		{"&", (*big.Int).And}, {"|", (*big.Int).Or}, {"^", (*big.Int).Xor}, {"&^", (*big.Int).AndNot},
	}
	for _, op := range ops {
		for _, x := range vals {
			for _, y := range vals {
				fmt.Println(x, op.name, y, "=", op.f(new(big.Int), x, y))
			}
		}
	}
	for _, x := range vals {
		fmt.Println("^", x, "=", new(big.Int).Not(x), new(big.Int).SetBit(x, 3, 1), new(big.Int).SetBit(x, 70, 0), new(big.Int).SetBit(x, 0, 0))
	}
	// results written over an operand
	a, b := big.NewInt(-12345), big.NewInt(1<<40+7)
	a.Xor(a, b)
	b.AndNot(b, a)
	fmt.Println(a, b, a.Or(a, a), b.Not(b), a.And(a, b))
	defer func() { fmt.Println("recovered:", recover()) }()
	new(big.Int).SetBit(a, -1, 1)
}
