package main

import (
	"cmp"
	"maps"
	"slices"
)

// gc names where Go's own sources declare the type parameter it cannot infer.
func main() {
	_ = slices.Clone(nil)
	_ = maps.Clone(nil)
	_ = cmp.Or()
	_ = slices.Collect(nil)
}
