package main

import (
	"fmt"
	"sync"
)

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = depth(1000000 * (i + 1))
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	ch := make(chan int)
	go func() { ch <- depth(10000000) }()
	fmt.Println(<-ch)
}
