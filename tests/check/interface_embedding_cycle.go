package main

// A cycle of embedded interfaces has no method set; gc reports it from the
// first of its declarations in the source, in the order they embed.

type T interface {
	a() U
}

// U embeds T, which names U in a method: no cycle of embeddings.
type U interface {
	T
	c()
}

type A interface {
	C
	f() B
}

type B interface {
	A
}

type C interface {
	B
}

func main() {
	var u U
	_ = u
}
