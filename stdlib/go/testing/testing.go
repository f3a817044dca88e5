// Package testing offers, outside `go test`, what a program run with `go run`
// can use of Go's testing package: counting allocations (AllocsPerRun) and
// timing a function (Benchmark, in benchmark.go). Tests themselves (T, M and
// the test runner) need `go test`, which minigo does not have.
package testing

import "runtime"

// AllocsPerRun calls f once to warm it up, then runs times more, and returns
// the heap allocations those calls made, on average (rounded down to an
// integer, as Go's does). It runs with GOMAXPROCS 1, so that other goroutines'
// allocations are less likely to be counted.
func AllocsPerRun(runs int, f func()) (avg float64) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	f()
	var stats runtime.MemStats
	runtime.ReadMemStats(&stats)
	before := stats.Mallocs
	for i := 0; i < runs; i++ {
		f()
	}
	runtime.ReadMemStats(&stats)
	return float64((stats.Mallocs - before) / uint64(runs))
}

// Testing reports whether the program is a test binary built by `go test`:
// never, under minigo.
func Testing() bool { return false }
