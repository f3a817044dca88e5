package main

type L[E any] struct{}

func (l *L[E]) Fold[A any](acc A, f func(A, E) AScale A {
	return acc
}

func main() {}
