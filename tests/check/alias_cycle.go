package main

type B = C
type A = B
type C = A

var _ A

func main() {}
