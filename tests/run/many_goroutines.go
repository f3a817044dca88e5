package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 100000
	var wg sync.WaitGroup
	results := make([]int, n)
	start := make(chan struct{})
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-start
			results[i] = i % 7
		}(i)
	}
	close(start)
	wg.Wait()
	s := 0
	for _, r := range results {
		s += r
	}
	fmt.Println(s)
}
