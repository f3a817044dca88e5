package main

import (
	"fmt"
	"math"
	"runtime"
	"strings"
	"time"
)

var sink int

// An innermost loop polls for preemption only every so many iterations
// (strip-mined when it counts up to a bound, else with a budget); the
// goroutines spinning in these loops must still let main run on the one P,
// inlined or not, whatever their counters' types.
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
	go func() {
		for i := uint32(0); i < math.MaxUint32; i++ {
			sink += int(i)
		}
	}()
	go func() {
		for i := int32(math.MinInt32); i < math.MaxInt32; i++ {
			sink -= int(i)
		}
	}()
	go func() {
		n := 1 << 62
		for n > 0 {
			n--
			sink++
		}
	}()
	go func() {
		s := strings.Repeat("é", 1<<20)
		for {
			for _, r := range s {
				sink += int(r)
			}
		}
	}()
	runtime.Gosched()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main finishes")
}
