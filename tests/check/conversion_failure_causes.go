// A conversion that fails says why the value is not assignable, when
// types2 knows: an interface needs a type assertion, or lacks a method.
package main

import "fmt"

type I interface{ M() }
type T struct{}

type E struct{}

func (*E) Error() string { return "" }

func main() {
	var i interface{} = 1
	_ = int(i)
	var s fmt.Stringer
	_ = error(s)
	var t T
	_ = I(t)
	var ii I
	_ = T(ii)
	_ = error(E{})
	var f float64
	_ = string(f)
}
