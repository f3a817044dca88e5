package main

type T[P any] struct{ f *T[[]P] }

func G[A any](x A) {
	G([]A{x})
}

func H[A, B any](a A, b B) {
	H[B, *A](b, &a)
}

func main() {
	var t T[int]
	_ = t
	G(1)
}
