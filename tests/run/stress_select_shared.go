package main

import (
	"fmt"
	"sync"
)

// Many goroutines selecting over the same channels at once, sending and
// receiving, with a timeout-free shutdown through a done channel.
func main() {
	a, b := make(chan int), make(chan int, 4)
	done := make(chan struct{})
	var wg sync.WaitGroup
	results := make(chan int, 64)
	for w := 0; w < 32; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			got := 0
			for {
				select {
				case v := <-a:
					got += v
				case v := <-b:
					got += v
				case <-done:
					// no sends are left: take what b still buffers
					for {
						select {
						case v := <-b:
							got += v
						default:
							results <- got
							return
						}
					}
				}
			}
		}(w)
	}
	var senders sync.WaitGroup
	for s := 0; s < 16; s++ {
		senders.Add(1)
		go func(s int) {
			defer senders.Done()
			for i := 1; i <= 500; i++ {
				select {
				case a <- i:
				case b <- i:
				}
			}
		}(s)
	}
	senders.Wait()
	close(done)
	wg.Wait()
	close(results)
	total := 0
	for r := range results {
		total += r
	}
	fmt.Println(total)
}
