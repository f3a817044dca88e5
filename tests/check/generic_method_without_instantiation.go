package main

type B struct{}

func (B) M[T any](x T) T { return x }

func main() {
	f := B{}.M
	_ = f
}
