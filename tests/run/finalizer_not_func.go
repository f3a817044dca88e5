// SetFinalizer's second argument must be a function (or nil).
package main

import "runtime"

func main() {
	runtime.SetFinalizer(new(int), "done")
}
