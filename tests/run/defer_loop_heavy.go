package main

import (
	"fmt"
	"sync"
)

var mu sync.Mutex
var count int

func inc(k int) (r int) {
	mu.Lock()
	defer mu.Unlock()
	defer func() { r += k }()
	count++
	return count
}

func main() {
	total := 0
	for i := 0; i < 200000; i++ {
		total += inc(i % 3)
	}
	fmt.Println(count, total)
}
