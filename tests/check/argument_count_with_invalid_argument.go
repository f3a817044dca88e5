// A call's argument count is checked even when an argument is invalid; the
// invalid one appears in the have list with the type it was given.
package main

import "unsafe"

type ptr unsafe.Pointer

func f(x int, y uint) {}

func main() {
	f(2, 3 < "x", 10)
	f(1, true == 1)
	const c = ptr(uintptr(1))
}
