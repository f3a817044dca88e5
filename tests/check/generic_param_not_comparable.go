package main

type List[T comparable] struct{ x []T }

func F[T any]() List[T] { return List[T]{} }

func main() { _ = F[[]int]() }
// minigo-first-line-only: minigo checks an instance's body too and reports []int again there
