package main

func F[T any](x T) { F[[]T](nil) }

func main() { F(1) }
// minigo-first-line-only: gc names the instantiation that cycles (T instantiated as []T), which minigo, checking instances rather than generic bodies, does not know
