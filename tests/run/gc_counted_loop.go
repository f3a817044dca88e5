// A counted loop whose body allocates: the collections its allocations start
// must not wait for the loop to end (its goroutine stops at the loop's poll).
package main

import (
	"fmt"
	"runtime"
)

var x []byte

func main() {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	sys, gcs := ms.Sys, ms.NumGC
	for i := 0; i < 500; i++ {
		x = make([]byte, 1<<20)
	}
	runtime.ReadMemStats(&ms)
	fmt.Println("grew less than 250 MB:", ms.Sys-sys < 250<<20, "collected:", ms.NumGC > gcs)
}
