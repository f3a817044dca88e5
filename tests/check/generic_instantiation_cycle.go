package main

func F[T any](x T) { F[[]T](nil) }

func main() { F(1) }
