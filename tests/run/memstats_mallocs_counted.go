// runtime.MemStats counts the calling goroutine's allocations exactly: Mallocs
// and TotalAlloc grow by what was allocated since the last reading, not by the
// allocator's cached free slots.
package main

import (
	"fmt"
	"runtime"
)

type T struct{ a, b int }

var (
	sink  *T
	bytes []byte
)

func one() { sink = &T{1, 2} }

func buf() { bytes = make([]byte, 100) }

func mallocs(n int, f func()) (objects, size uint64) {
	var m runtime.MemStats
	f()
	runtime.ReadMemStats(&m)
	o, b := m.Mallocs, m.TotalAlloc
	for i := 0; i < n; i++ {
		f()
	}
	runtime.ReadMemStats(&m)
	return (m.Mallocs - o) / uint64(n), (m.TotalAlloc - b) / uint64(n)
}

func main() {
	fmt.Println(mallocs(100, one))
	fmt.Println(mallocs(1000, buf))
}
