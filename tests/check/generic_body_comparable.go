package main

func f[T any](x T) bool { return x == x }

func g[T interface{ ~int | ~[]int }](x T) bool { return x == x }

type S struct{ f []int }

func h[T interface{ ~int | S }](x T) bool { return x != x }

func k[T comparable](x, y T) bool { return x == y }

func main() {}
