// Setting a second finalizer without clearing the first is a fatal error.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	p := new([4]int)
	runtime.SetFinalizer(p, func(*[4]int) {})
	runtime.SetFinalizer(p, nil)
	runtime.SetFinalizer(p, func(*[4]int) {})
	fmt.Println("cleared and set again")
	runtime.SetFinalizer(p, func(*[4]int) {})
}
