// A goroutine blocked in a select of one send waits in "chan send" at the
// case's line: gc compiles such a select to the send itself.

package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 1
	fmt.Println("sent one")
	select {
	case ch <- 2:
	}
}
