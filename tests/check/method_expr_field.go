// A field selected from a type name, as if a method expression.
package main

type P struct{ a int }

func main() {
	_ = P.a
}
