// sync.Pool and the collector: what was put survives one collection (set
// aside) and is dropped at the next, as in Go; a pool used between
// collections keeps working; objects dropped from a pool are freed.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	// one P: what a pool keeps is per P, and with more Go may move main to
	// another P across a collection, where Get finds nothing
	runtime.GOMAXPROCS(1)
	var p sync.Pool
	p.Put("a")
	fmt.Println("before any collection:", p.Get())
	p.Put("b")
	runtime.GC()
	fmt.Println("after one collection:", p.Get())
	p.Put("c")
	runtime.GC()
	runtime.GC()
	fmt.Println("after two collections:", p.Get())

	made := 0
	q := sync.Pool{New: func() any { made++; return new([1 << 20]byte) }}
	var ms runtime.MemStats
	for i := 0; i < 50; i++ {
		b := q.Get().(*[1 << 20]byte)
		b[0] = byte(i)
		q.Put(b)
		if i%10 == 9 {
			runtime.GC()
		}
	}
	fmt.Println("buffers made for 50 uses with 5 collections:", made <= 10)
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	runtime.ReadMemStats(&ms)
	fmt.Println("heap after the pool was dropped under 4 MB:", ms.HeapAlloc < 4<<20)
	fmt.Println("New after everything was dropped:", q.Get() != nil, made <= 11)
}
