// SetFinalizer's first argument must be a pointer: a fatal error otherwise.
package main

import "runtime"

func main() {
	runtime.SetFinalizer(42, func(int) {})
}
