package main

import "fmt"

func add[T any](x T) T { return x + x }

func neg[T interface{ ~int | ~string }](x T) T { return -x }

func less[T any](a, b T) bool { return a < b }

func eq[T any](a, b T) bool { return a == b }

func idx[T any](x T) { _ = x[0] }

func ln[T any](x T) int { return len(x) }

func main() { fmt.Println(add(1), neg(2), less(1, 2), eq(1, 1)) }
