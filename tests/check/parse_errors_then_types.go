// Errors gc's parser reports that are no syntax errors (a method without
// one receiver, a parenthesized go call, a 3-index slice missing an index):
// the file is type-checked despite them.
package main

type T struct{}

func () m() {}

func (a, b T) n() {}

func (t T) ok() { var x int = "s"; _ = x }

func main() {
	s := []int{1, 2, 3}
	_ = s[1::2]
	_ = s[:1:]
	go (func() {}())
	var y string = 2
	_ = y
}
