// Methods an interface gets by embedding clash with its own or with each
// other's: reported at the embedding, with the other declaration.
package main

type A interface{ M() int }
type B interface{ M() string }

type C interface {
	A
	M() bool
}

type D interface {
	A
	B
}

func main() {}
