package main

import (
	"fmt"
	"sync"
)

// 1,000 goroutines hammering one mutex.
func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counts := map[int]int{}
	total := 0
	for g := 0; g < 1000; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				mu.Lock()
				total++
				counts[g%10]++
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(total, len(counts), counts[3])
}
