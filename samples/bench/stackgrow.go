package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

// 200,000 goroutines, one after another, each recursing 80 calls deep: on
// minigo's 1 KiB initial stacks each grows once (to 2 KiB), on Go's 2 KiB ones
// none does; the difference is the cost of a growth.
func main() {
	const n = 200000
	done := make(chan int)
	total := 0
	for i := 0; i < n; i++ {
		go func() { done <- depth(80) }()
		total += <-done
	}
	fmt.Println(total)
}
