package main

import (
	"fmt"
	"runtime"
	"sync"
)

// Side-stack frames too big for the segment their caller is in: the first
// call moves to a new segment, and later calls reuse that (dead) segment
// inline. Values must stay right across such calls, recursion that goes
// through several segments and back, collections (which release dead
// segments while goroutines are parked), and many goroutines.

func big(k int) int {
	var a [2000]int
	for i := range a {
		a[i] = i ^ k
	}
	s := 0
	for i := 0; i < len(a); i += 97 {
		s += a[i]
	}
	return s
}

func nested(d, k int) int {
	var b [300]int
	b[d%300] = k
	if d == 0 {
		return big(k) + b[0]
	}
	r := nested(d-1, k+1)
	if b[d%300] != k {
		panic("side-stack frame overwritten")
	}
	return r + big(d)%7
}

func run(seed int) int {
	total := 0
	for i := 0; i < 300; i++ {
		total += big(seed + i)
		if i%50 == 0 {
			total += nested(40, seed+i)
			runtime.GC()
		}
	}
	return total
}

func main() {
	fmt.Println(run(1))
	var wg sync.WaitGroup
	res := make([]int, 6)
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[g] = run(g * 1000)
		}()
	}
	wg.Wait()
	fmt.Println(res)
	fmt.Println(run(1) == res[0]+0*big(0), nested(100, 3))
}
