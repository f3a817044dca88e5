// A finalizer whose parameter cannot take the object is a fatal error.
package main

import "runtime"

type T struct{ x int }

func main() {
	runtime.SetFinalizer(new(T), func(s *string) {})
}
