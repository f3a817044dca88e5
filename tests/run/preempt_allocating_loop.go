// A goroutine that allocates in a loop (and so stops for collections) is still
// preempted after its time slice: with one P, the other goroutine gets to run.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

var done atomic.Bool
var sink []int

func main() {
	runtime.GOMAXPROCS(1)
	go func() { done.Store(true) }()
	for !done.Load() {
		sink = make([]int, 100)
	}
	fmt.Println("the other goroutine ran")
}
