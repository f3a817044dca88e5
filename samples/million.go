package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

// A million goroutines alive at once, each on its own 1 KiB stack, passing a
// token along a chain of channels.
func main() {
	const n = 1000000
	start := time.Now()
	first := make(chan int)
	in := first
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		out := make(chan int)
		go func(in, out chan int) {
			defer wg.Done()
			out <- 1 + <-in
		}(in, out)
		in = out
	}
	fmt.Println("goroutines:", runtime.NumGoroutine()-1)
	first <- 0
	fmt.Println("token passed through", <-in, "goroutines")
	wg.Wait()
	fmt.Printf("in %.2f s\n", time.Since(start).Seconds())
}
