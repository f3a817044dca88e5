// runtime.Breakpoint with no debugger attached: the program dies of SIGTRAP
// (exit status 2) after what it printed before.
package main

import (
	"fmt"
	"runtime"
)

func check(ok bool) {
	if !ok {
		runtime.Breakpoint()
	}
}

func main() {
	check(true)
	fmt.Println("checked")
	check(false)
	fmt.Println("not reached")
}
