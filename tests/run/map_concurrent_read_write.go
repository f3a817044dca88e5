// A goroutine reads a map another writes: Go's fatal error names the read.
package main

import "runtime"

func main() {
	runtime.GOMAXPROCS(2)
	m := map[int]int{}
	go func() {
		for i := 0; ; i++ {
			m[i%100] = i
		}
	}()
	sum := 0
	for i := 0; ; i++ {
		for j := 0; j < 100; j++ {
			sum += m[j]
		}
		if sum < 0 {
			println(sum)
		}
	}
}
