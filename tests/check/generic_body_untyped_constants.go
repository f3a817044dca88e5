package main

type Number interface{ ~int | ~float64 }

func mod[T Number](a, b T) T { return a % b }

func shift[T Number](a T) T { return a << 1 }

func conv[T Number](a T) string { return string(a) }

func lit[T Number]() T { return 1.5 }

func big[T ~int8 | ~int16]() T { return 300 }

func nilt[T Number]() T { return nil }

func call[T any](f T) { f() }

func main() {}
