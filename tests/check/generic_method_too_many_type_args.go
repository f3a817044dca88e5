package main

type B struct{}

func (B) M[T any](x T) T { return x }

func main() {
	var b B
	_ = b.M[int, string, bool]
}
