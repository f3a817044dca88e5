package main

type T[P any] struct{ f *T[[]P] }

func main() {
	var t T[int]
	_ = t
}
