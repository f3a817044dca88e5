package main

import (
	"fmt"
	"runtime"
	"time"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	runtime.GOMAXPROCS(1)
	stop := false
	go func() {
		for !stop {
			fib(20)
		}
	}()
	time.Sleep(30 * time.Millisecond)
	stop = true
	start := time.Now()
	ticks := 0
	for time.Since(start) < 50*time.Millisecond {
		time.Sleep(5 * time.Millisecond)
		ticks++
	}
	fmt.Println("main ran", ticks > 0)
}
