package main

func F[T any](x T) {
	var y int = x
	var z T = 5
	_, _ = y, z
}

func G[T int | string](x T) {
	var z T = 5
	_ = z
}

func H[T ~int](x T) T { return x + 1.5 }

func main() {}
