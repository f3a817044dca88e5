// A call with several results in a single-value context: gc writes the
// results with their names when the callee names them.
package main

import "fmt"

func divmod(a, b int) (q, r int) { return a / b, a % b }

func pair() (int, string) { return 1, "a" }

type T struct{}

func (T) Read() (n int, err error) { return 0, nil }

func main() {
	fmt.Println(divmod(7, 2) + 1)
	x := pair() + 1
	var t T
	y := t.Read() + 2
	_, _ = x, y
}
