package main

import (
	"fmt"
	"sync"
)

// 1,000,000 goroutines, each adding to a mutex-protected total.
func main() {
	const n = 1000000
	var (
		mu    sync.Mutex
		wg    sync.WaitGroup
		total int
	)
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
	fmt.Println(total)
}
