package main

func (s *S[T]) M() {}

type S[T any, U any] struct{}

func G[T interface{ *T }](x T) {}

func main() { var s S[int, int]; s.M(); G[*int](nil) }
// minigo-first-line-only: minigo goes on to report the call of the method it rejected
