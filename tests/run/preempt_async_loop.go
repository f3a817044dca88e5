// Loops that make no call do not poll for preemption: the runtime stops them
// with a signal (asynchronous preemption). With one P, main runs again only
// if the spinning goroutines are stopped where they are: in an empty loop, in
// an arithmetic loop, and in such a loop inlined into another.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	runtime.GOMAXPROCS(1)
	go func() {
		for {
		}
	}()
	go func() {
		x := 0
		for {
			x += collatz(27)
		}
	}()
	go func() {
		for i := uint(1); ; i = i*5 + 1 {
		}
	}()
	for i := 0; i < 3; i++ {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("main woke", i)
	}
}
