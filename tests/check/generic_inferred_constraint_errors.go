// Type arguments that do not satisfy their constraints, by where they came
// from: a typed argument (gc finds it while inferring and names the type
// parameter), an untyped constant's default type, or mismatched constants.
package main

import "fmt"

func F[T fmt.Stringer](x T) {}
func G[T ~int](x T)         {}
func H[T int](x T)          {}
func K[S ~[]E, E any](s S)  {}
func L[T int | string](x T) {}
func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type S string
type MyInt int

func main() {
	F(1)
	F(S("x"))
	G("s")
	var s S
	G(s)
	H(MyInt(1))
	K(5)
	G(1.5)
	L(2.5)
	L(s)
	_ = Max(1, "a")
}
