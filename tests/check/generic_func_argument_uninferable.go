// A generic function passed for a parameter that is not a func type: nothing
// gives it type arguments, and gc says so at the call's parenthesis.
package main

import "fmt"

func Id[T any](x T) T { return x }

func Pair[K comparable, V any](k K, v V) {}

type S struct{}

func (S) M(x any) {}

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	var s S
	s.M(Id)
	fmt.Println(1, Pair[int])
	fmt.Println(apply(Id, 2))
}
