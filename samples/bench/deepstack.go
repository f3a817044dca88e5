package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

// Recursion to depth 10,000,000 in 4 goroutines at once: stacks grow by copying
// to hundreds of megabytes.
func main() {
	results := make(chan int)
	for i := 0; i < 4; i++ {
		go func() { results <- depth(10000000) }()
	}
	total := 0
	for i := 0; i < 4; i++ {
		total += <-results
	}
	fmt.Println(total)
}
