package main

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// What a program run with `go run` can use of package testing: AllocsPerRun
// (which counts heap allocations, so it sees what escapes: a pointer that
// stays in its function costs nothing), Benchmark, and BenchmarkResult's
// formatting.

type T struct{ a, b int }

var sink *T
var sinkSlice []int

func escapes()     { t := &T{1, 2}; sink = t }
func staysLocal()  { t := &T{1, 2}; _ = t }
func usedLocally() { t := new(T); t.a = 3; t.b = t.a * 2; sum(t) }
func sum(t *T) int { return t.a + t.b }
func twoObjects()  { sinkSlice = make([]int, 10); sink = &T{} }
func noAlloc()     {}

func main() {
	for _, c := range []struct {
		name string
		f    func()
	}{{"escapes", escapes}, {"staysLocal", staysLocal}, {"usedLocally", usedLocally}, {"twoObjects", twoObjects}, {"noAlloc", noAlloc}} {
		fmt.Println(c.name, testing.AllocsPerRun(50, c.f))
	}

	r := testing.Benchmark(func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			sink = &T{a: i}
		}
	})
	fmt.Println(r.N > 0, r.T > 0, r.AllocsPerOp(), r.AllocedBytesPerOp(), r.NsPerOp() >= 0)
	loops := 0
	r = testing.Benchmark(func(b *testing.B) {
		loops++
		for b.Loop() {
			sinkSlice = make([]int, 4)
		}
	})
	fmt.Println(loops, r.N > 1, r.AllocsPerOp(), r.T >= time.Second)
	fmt.Println(testing.Testing())

	results := []testing.BenchmarkResult{
		{N: 1000, T: 1500 * time.Microsecond},
		{N: 7, T: 7 * time.Second, Bytes: 1 << 20, MemAllocs: 21, MemBytes: 700},
		{N: 3, T: 2 * time.Nanosecond},
		{N: 10, T: time.Second, Extra: map[string]float64{"ns/op": 0.5, "widgets/op": 12.25, "B/op": 9, "allocs/op": 4, "frobs": 123456.7}},
		{N: 1, Extra: map[string]float64{"x/op": 0.00012345, "y/op": 0.0042, "z/op": 0.05, "w/op": 99.99}},
		{N: 0},
	}
	for _, r := range results {
		fmt.Printf("%q | %q | %d %d %d\n", r.String(), r.MemString(), r.NsPerOp(), r.AllocsPerOp(), r.AllocedBytesPerOp())
	}
	// a benchmark runs in a goroutine of its own: its panic is not the caller's
	// (only its first run panics: the caller goes on to run it again while
	// the panic ends the program, and two panicking goroutines would race
	// to print, which minigo does not serialize as Go does)
	defer func() { fmt.Println("not recovered", recover()) }()
	first := true
	testing.Benchmark(func(b *testing.B) {
		if first {
			first = false
			b.ReportMetric(float64(len(strings.Fields("a b"))), "bad unit")
		}
	})
}
