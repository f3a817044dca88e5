// An interface method with type parameters: gc's parser reports it (no
// syntax error) and the file is type-checked with the method without them.
package main

type I interface {
	M[T any, U comparable](x T) U
	N()
}

type S struct{}

func (S) N() {}

func main() {
	var i I = S{}
	_ = i
}
