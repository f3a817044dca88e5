// Memory the program no longer uses goes back to the OS: once the function
// that made a 200 MB spike has returned, debug.FreeOSMemory returns it
// (MemStats.HeapReleased).
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

func spike() int {
	s := make([][]byte, 0, 200)
	for i := 0; i < 200; i++ {
		b := make([]byte, 1<<20)
		b[i] = byte(i)
		s = append(s, b)
	}
	sum := 0
	for i, b := range s {
		sum += int(b[i])
	}
	return sum
}

func main() {
	sum := spike()
	debug.FreeOSMemory()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(sum, m.HeapReleased > 150<<20, m.HeapInuse < 50<<20)
}
