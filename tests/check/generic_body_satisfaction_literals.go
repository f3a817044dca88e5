package main

func Eq[T comparable](a, b T) bool { return a == b }

func Use[T any](a, b T) bool { return Eq(a, b) }

func Use2[T any](a T) bool { return Eq[T](a, a) }

type P struct{ x int }

func Field[T P](v T) int { return v.x }

func Lit[T P]() T { return T{x: 1} }

func Lit2[T ~[]int]() T { return T{1, 2} }

func Lit3[T ~map[string]int]() T { return T{"a": 1} }

func Lit4[T any]() T { return T{} }

func main() {}
