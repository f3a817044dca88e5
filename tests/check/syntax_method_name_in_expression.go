// `func (r T) Name(...)` inside a function body is no method declaration for
// gc: a function type with result Name, then a call whose arguments follow.
package main

type T int

func main() {
	func (t T) Name(i, j int) {
	}
}
