// Package repl is what the REPL compiles around an expression typed at the
// prompt: its values, formatted with %v, go back to the REPL, which prints them
// with their static types.
package repl

import "fmt"

// Show records the values of an expression.
func Show(vals ...any) {
	for _, v := range vals {
		record(fmt.Sprint(v))
	}
}

func record(s string)
