// A ... anywhere but on a signature's final parameter: gc's parser reports
// the first of each list, and type checking goes on.
package main

type T int

func (t ...T) M() {}

func main() {
	var f func(int, ...int, int)
	var g func() (...int)
	var h func(a, b ...int)
}
