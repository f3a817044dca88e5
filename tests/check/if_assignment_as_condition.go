// An assignment where `if` wants its condition: gc's syntax error, at the `=`.
package main

func main() {
	x := 1
	if x = 5 {
		x++
	}
}
