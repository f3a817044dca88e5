// A type invalid at its declaration is not reported again where a composite
// literal uses it.
package main

import "fmt"

type T struct{ T }

func main() {
	fmt.Println(T{})
}
