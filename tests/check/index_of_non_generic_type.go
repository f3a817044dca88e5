package main

// Indexing a type that has no type parameters, in an expression and in a
// type: types2 words both as an invalid operation on the whole index
// expression.

type T struct{}

func f() int {
	return int[0]
}

var v int[string]
var w T[int]

func main() {
	_ = T[int, string]{}
	_ = f
}
