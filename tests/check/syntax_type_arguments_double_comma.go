package main

type Pair[K comparable, V any] struct {
	k K
	v V
}

func first(p *Pair[string, , int]) string { return p.k }

func main() {
	println(first(nil))
}
