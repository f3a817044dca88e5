package main

type Pair[A, B any] struct{ a A; b B }
func (p Pair[A, B]) Flip() Pair[B, A] { return Pair[A, B]{p.b, p.a} }

func main() {}
