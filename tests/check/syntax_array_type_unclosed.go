package main

import "fmt"

type T struct {
	A [1 1]byte
	B *Box[int string]
}

type Box[V any] struct{ v V }

func main() {
	fmt.Println(T{})
}
