// A program that cannot read the heap profile starts with MemProfileRate 0,
// as Go's linker turns memory profiling off when runtime.MemProfile is
// unreachable.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.MemProfileRate)
	runtime.MemProfileRate = 4096
	fmt.Println(runtime.MemProfileRate)
}
