package main

type Num interface{ ~int | ~float64 }

func A[T Num](x T) T { return x % 2 }

func B[T Num](x T) T { return x &^ 2 }

func C[T Num](x T) bool { return !x }

func D[T ~bool](x T) bool { return !x && x }

func E[T Num](x T) { x = "s" }

func F[T Num, U ~string](x T, u U) { _ = x + u }

func G[T Num](x T) { var _ int = int(x); var _ string = string(x) }

func main() {}
