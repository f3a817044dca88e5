// Empty type parameter lists of a function and of a method.
package main

type T struct{}

func f[]() {}

func (T) m[]() {}

func main() {
	f()
}
