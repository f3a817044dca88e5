// Goroutines started faster than they finish: a loop of `go` statements
// whose goroutines finish at once, a tree of goroutines starting goroutines,
// goroutines that block as soon as they start, and goroutines that never
// finish by themselves (spinning until main says stop) — main must finish
// starting all of them without waiting for them, as in Go.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func tree(depth int, wg *sync.WaitGroup, leaves *atomic.Int64) {
	defer wg.Done()
	if depth == 0 {
		leaves.Add(1)
		return
	}
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go tree(depth-1, wg, leaves)
	}
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	const n = 100000
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func(i int) {
			mu.Lock()
			total += i
			mu.Unlock()
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println("sum", total)

	var leaves atomic.Int64
	wg.Add(1)
	go tree(7, &wg, &leaves)
	wg.Wait()
	fmt.Println("leaves", leaves.Load())

	release := make(chan struct{})
	var woke atomic.Int64
	for i := 0; i < 5000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-release
			woke.Add(1)
		}()
	}
	close(release)
	wg.Wait()
	fmt.Println("woke", woke.Load())

	var stop atomic.Bool
	start := time.Now()
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !stop.Load() {
			}
		}()
	}
	started := time.Since(start)
	stop.Store(true)
	wg.Wait()
	fmt.Println("1000 spinning goroutines started within 1 s:", started < time.Second)
}
