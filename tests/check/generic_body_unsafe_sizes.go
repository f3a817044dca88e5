package main

import "unsafe"

type S[T any] struct {
	a byte
	b T
}

func F[T any](x T) {
	const c = unsafe.Sizeof(x)
	var s S[T]
	const d = unsafe.Offsetof(s.b)
	const e = unsafe.Alignof(x)
	var a [unsafe.Sizeof(s)]int
	_ = a
}

func G[T ~[4]int](x T) {
	const n = len(x)
	var p *T
	const m = len(p)
}

func main() {}
