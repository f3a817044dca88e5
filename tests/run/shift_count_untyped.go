// Untyped constant shift counts of every kind become uint: float and complex
// constants with integral values, runes, and non-constant untyped shifts.
package main

import "fmt"

func main() {
	var x int = 1
	fmt.Println(x<<1., x<<0i, x<<(1+0i), x<<'\x03', x<<2.0>>1.)
	fmt.Println(x<<(1<<x), x<<(1.<<x), x<<((1+0i)<<x), x<<(0i<<x))
	var u uint8 = 0x80
	fmt.Println(u>>7., u<<1.)
}
