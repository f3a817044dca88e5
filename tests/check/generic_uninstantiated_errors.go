package main

import "fmt"

type Number interface{ ~int | ~float64 }

func Unused[T Number](xs []T) T {
	var s T
	y := 3
	for _, x := range xs {
		s += x
	}
	return s + undefinedThing
}

type Box[T any] struct{ v T }

func (b Box[T]) Bad() T {
	return b.w
}

func main() {
	fmt.Println("hi")
}
