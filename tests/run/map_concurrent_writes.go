// Two goroutines write one map without synchronization: Go detects it and
// dies with a fatal error (not a panic: recover cannot catch it).
package main

import "runtime"

func main() {
	runtime.GOMAXPROCS(2)
	m := map[int]int{}
	defer func() { println("recovered:", recover() != nil) }()
	for g := 0; g < 2; g++ {
		go func() {
			for i := 0; ; i++ {
				m[i%1000] = i
			}
		}()
	}
	for i := 0; ; i++ {
		m[i%1000+g0()] = i
	}
}

func g0() int { return 0 }
