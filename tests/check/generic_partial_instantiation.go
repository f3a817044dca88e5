package main

func Map[T, U any](xs []T, f func(T) U) []U { return nil }

func main() {
	f := Map[int]
	_ = f
}
