// A type assertion on a value that is no interface (or no value) is reported
// alone: the asserted type is not looked at, so an undefined name in it is no
// error and a variable named there is not used.
package main

import "fmt"

func main() {
	var x int
	_ = x.(undefinedType)
	_ = y.(undefinedToo)
	var s int
	_ = x.(s)
	var str fmt.Stringer
	_ = fmt.(str)
	var ok int
	_ = x.([]ok)
}
