package main

type I interface{ M() int }
type B struct{}

func (B) M[T any]() int { return 0 }

var _ I = B{}

func main() {}
