package main

func Map[T any](xs []T, f func(T) T) []T {
	return xs
}

func main() {}

// minigo rejects this program on purpose: minigo has no generics yet; Go accepts this program.
// minigo-want: generics_func.go:3:9: minigo does not support generics
