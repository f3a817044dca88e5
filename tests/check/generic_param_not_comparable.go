package main

type List[T comparable] struct{ x []T }

func F[T any]() List[T] { return List[T]{} }

func main() { _ = F[[]int]() }
