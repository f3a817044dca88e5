// spawn: 1,000,000 goroutines started and joined in batches of 10,000.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var total int64
	var mu sync.Mutex
	for batch := 0; batch < 100; batch++ {
		var wg sync.WaitGroup
		for i := 0; i < 10000; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				if i == 0 {
					mu.Lock()
					total++
					mu.Unlock()
				}
			}(i)
		}
		wg.Wait()
	}
	fmt.Println(total)
}
