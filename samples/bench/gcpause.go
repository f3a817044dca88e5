// Collector pauses with 1,000,000 parked goroutines and a live heap of about
// 200 MB: five forced collections. stdout is the same for Go and minigo; the
// longest pause (runtime.MemStats.PauseNs) goes to stderr as "max pause: N ns".
package main

import (
	"fmt"
	"os"
	"runtime"
)

type node struct {
	next *node
	pad  [12]int
}

func main() {
	const parked = 1000000
	block := make(chan int)
	done := make(chan bool)
	for i := 0; i < parked; i++ {
		go func() {
			<-block
			done <- true
		}()
	}
	var live *node
	for i := 0; i < 2000000; i++ {
		live = &node{next: live}
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	before := m.NumGC
	for i := 0; i < 5; i++ {
		runtime.GC()
	}
	runtime.ReadMemStats(&m)
	var max uint64
	for n := before; n < m.NumGC; n++ {
		if p := m.PauseNs[n%256]; p > max {
			max = p
		}
	}
	fmt.Fprintf(os.Stderr, "max pause: %d ns\n", max)
	n := 0
	for p := live; p != nil; p = p.next {
		n++
	}
	close(block)
	for i := 0; i < parked; i++ {
		<-done
	}
	fmt.Println(n, m.NumGC-before >= 5)
}
