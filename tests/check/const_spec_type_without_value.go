package main

const X int

const (
	A = 1
	B byte
	C
)

func main() { println(X, A, B, C, ^((1<<256 - 1) * (1<<256 + 1))) }
