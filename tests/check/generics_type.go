package main

type Stack[T any] struct {
	items []T
}

func main() {}

// minigo rejects this program on purpose: minigo has no generics yet; Go accepts this program.
// minigo-want: generics_type.go:3:11: minigo does not support generics
