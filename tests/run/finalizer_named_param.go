// A named pointer type is not assignable from a pointer type with methods: a
// finalizer taking it is a fatal error.
package main

import (
	"fmt"
	"runtime"
)

type T struct{ name string }

func (t *T) String() string { return t.name }

type PT *T

func main() {
	var s fmt.Stringer = &T{"t"}
	fmt.Println(s)
	runtime.SetFinalizer(&T{}, func(PT) {})
}
