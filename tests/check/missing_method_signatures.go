// A type that lacks an interface's method, or has it with another name or
// signature: gc writes the signatures without parameter names.
package main

import "io"

type U struct{}

func (U) Read() {}

type V struct{}

func (V) read(p []byte) (int, error) { return 0, nil }

type W struct{}

func (W) READ(p []byte) (int, error) { return 0, nil }

func main() {
	var r io.Reader = U{}
	r = V{}
	r = W{}
	_ = r
	_ = map[string]int{1: "a", "b": "c"}
}
