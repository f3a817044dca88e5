package main

import (
	"fmt"
	"runtime"
	"time"
)

var sink int

// An innermost loop with a counter polls for preemption only every so many
// iterations; the goroutines spinning in these loops must still let main run
// on the one P, inlined or not.
func spin(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i & 7
	}
	return s
}

func main() {
	runtime.GOMAXPROCS(1)
	go func() {
		for i := 0; ; i++ {
			sink += i
		}
	}()
	go func() {
		for i := range 1 << 62 {
			sink ^= i
		}
	}()
	go func() {
		xs := make([]int, 100)
		for {
			for j := range xs {
				xs[j] += j
			}
		}
	}()
	go func() {
		sink = spin(1 << 62)
	}()
	runtime.Gosched()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main finishes")
}
