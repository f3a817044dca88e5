// runtime.GC, ReadMemStats and runtime/debug's collector settings.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type node struct {
	next *node
	buf  [64]byte
}

var keep *node

func main() {
	for i := 0; i < 100000; i++ {
		n := &node{next: keep}
		if i%100 == 0 {
			keep = n
		}
	}
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(m.NumGC > 0, m.NumForcedGC, m.HeapAlloc < 1<<20, m.HeapObjects >= 1000, m.Mallocs >= 100000, m.Frees > 90000, m.TotalAlloc > 7000000)
	old := debug.SetGCPercent(50)
	fmt.Println(old, debug.SetGCPercent(old))
	debug.FreeOSMemory()
	runtime.ReadMemStats(&m)
	fmt.Println(m.NumForcedGC, m.PauseNs[(m.NumGC+255)%256] > 0, m.PauseTotalNs > 0, m.LastGC > 0, m.HeapSys >= m.HeapInuse, m.NextGC > 0)
	n := 0
	for p := keep; p != nil; p = p.next {
		n++
	}
	fmt.Println(n)
}
