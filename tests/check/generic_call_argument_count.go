package main

type B struct{}

func (B) M[T any](x T) T { return x }

func main() {
	var b B
	b.M(1, 2)
}
