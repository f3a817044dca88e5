package main

import (
	"fmt"
	"sync"
)

// 1,000,000 goroutines alive at once, all blocked on one channel, then released.
func main() {
	const n = 1000000
	var started, done sync.WaitGroup
	gate := make(chan struct{})
	var mu sync.Mutex
	released := 0
	started.Add(n)
	done.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			started.Done()
			<-gate
			mu.Lock()
			released++
			mu.Unlock()
			done.Done()
		}()
	}
	started.Wait()
	close(gate)
	done.Wait()
	fmt.Println(released)
}
