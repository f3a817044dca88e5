package testing

import (
	"fmt"
	"math"
	"runtime"
	"slices"
	"strings"
	"time"
	"unicode"
)

// benchTime is how long Benchmark runs a function for at least (go test's
// default -benchtime).
const benchTime = time.Second

// maxN bounds the iterations of one run.
const maxN = 1_000_000_000

// B is what a benchmark function gets: N, the number of times to run the
// code measured, and a timer it can stop and restart around set-up work.
type B struct {
	N int

	f func(b *B)
	// The timer: running since start when on; duration, netAllocs and
	// netBytes hold what it measured while on, before start.
	on                 bool
	start              time.Time
	startAllocs        uint64
	startBytes         uint64
	duration           time.Duration
	netAllocs          uint64
	netBytes           uint64
	bytes              int64
	extra              map[string]float64
	reportAllocs       bool
	loop               loopState
}

// loopState is B.Loop's progress: a function using Loop is run once, and
// Loop itself raises the iteration count until benchTime has passed.
type loopState struct {
	used bool
	// i iterations done so far, of n before the next look at the clock.
	i, n int
}

// StartTimer starts timing (the timer runs when a benchmark function starts).
func (b *B) StartTimer() {
	if b.on {
		return
	}
	b.startAllocs, b.startBytes = heapCounts()
	b.start = time.Now()
	b.on = true
}

// StopTimer stops timing, for work the benchmark should not count.
func (b *B) StopTimer() {
	if !b.on {
		return
	}
	b.duration += time.Since(b.start)
	allocs, bytes := heapCounts()
	b.netAllocs += allocs - b.startAllocs
	b.netBytes += bytes - b.startBytes
	b.on = false
}

// ResetTimer forgets the time and allocations measured so far.
func (b *B) ResetTimer() {
	if b.extra == nil {
		b.extra = map[string]float64{}
	}
	clear(b.extra)
	if b.on {
		b.startAllocs, b.startBytes = heapCounts()
		b.start = time.Now()
	}
	b.duration, b.netAllocs, b.netBytes = 0, 0, 0
}

// SetBytes records the bytes one iteration processes (reported as MB/s).
func (b *B) SetBytes(n int64) { b.bytes = n }

// ReportAllocs asks for allocations to be reported (BenchmarkResult counts
// them either way).
func (b *B) ReportAllocs() { b.reportAllocs = true }

// Elapsed is the time measured so far.
func (b *B) Elapsed() time.Duration {
	d := b.duration
	if b.on {
		d += time.Since(b.start)
	}
	return d
}

// ReportMetric adds a metric to the result ("ns/op", "B/op", "allocs/op" and
// "MB/s" replace the measured ones).
func (b *B) ReportMetric(n float64, unit string) {
	if unit == "" {
		panic("metric unit must not be empty")
	}
	if strings.IndexFunc(unit, unicode.IsSpace) >= 0 {
		panic("metric unit must not contain whitespace")
	}
	b.extra[unit] = n
}

// Loop reports whether the benchmark should run another iteration: `for
// b.Loop() { ... }` runs the body until benchTime has passed, timing only the
// loop.
func (b *B) Loop() bool {
	l := &b.loop
	if !l.used {
		l.used = true
		l.i, l.n = 0, 1
		b.ResetTimer()
		b.StartTimer()
	}
	if l.i < l.n {
		l.i++
		return true
	}
	// a look at the clock: done, or raise the count as a run of N would be
	if d := b.Elapsed(); d >= benchTime || l.n >= maxN {
		b.StopTimer()
		b.N = l.n
		return false
	}
	l.n = nextN(l.n, b.Elapsed())
	l.i++
	return true
}

// run runs the benchmark function with b.N = n, in a goroutine of its own as
// Go's does (a panic in it is not the caller's to recover).
func (b *B) run(n int) {
	runtime.GC()
	b.N = n
	b.loop = loopState{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		b.ResetTimer()
		b.StartTimer()
		b.f(b)
		b.StopTimer()
	}()
	<-done
}

// nextN is the count to try after last iterations took d: enough to reach
// benchTime at the measured speed, plus a fifth, but at most 100 times more
// (a first short run can mislead), at least one more, and at most maxN.
func nextN(last int, d time.Duration) int {
	ns := max(d.Nanoseconds(), 1)
	n := int64(benchTime) * int64(last) / ns
	n += n / 5
	n = min(n, 100*int64(last), maxN)
	return int(max(n, int64(last)+1))
}

// heapCounts is the heap's cumulative allocations and bytes allocated.
func heapCounts() (allocs, bytes uint64) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs, m.TotalAlloc
}

// Benchmark times f: it runs f with b.N = 1, then with larger N until one run
// takes at least a second (a function using b.Loop runs once, Loop choosing
// N), and returns that run's measures.
func Benchmark(f func(b *B)) BenchmarkResult {
	b := &B{f: f}
	b.run(1)
	for !b.loop.used && b.duration < benchTime && b.N < maxN {
		b.run(nextN(b.N, b.duration))
	}
	return BenchmarkResult{N: b.N, T: b.duration, Bytes: b.bytes, MemAllocs: b.netAllocs, MemBytes: b.netBytes, Extra: b.extra}
}

// BenchmarkResult is what Benchmark measured.
type BenchmarkResult struct {
	N         int           // iterations
	T         time.Duration // time they took
	Bytes     int64         // bytes processed by one iteration
	MemAllocs uint64        // heap allocations in all
	MemBytes  uint64        // bytes allocated in all

	// Extra holds the metrics set with ReportMetric.
	Extra map[string]float64
}

// perOp is metric unit of r from Extra, else total / r.N.
func (r BenchmarkResult) perOp(unit string, total int64) int64 {
	if v, ok := r.Extra[unit]; ok {
		return int64(v)
	}
	if r.N <= 0 {
		return 0
	}
	return total / int64(r.N)
}

// NsPerOp is the time one iteration took, in nanoseconds.
func (r BenchmarkResult) NsPerOp() int64 { return r.perOp("ns/op", r.T.Nanoseconds()) }

// AllocsPerOp is the heap allocations one iteration made.
func (r BenchmarkResult) AllocsPerOp() int64 { return r.perOp("allocs/op", int64(r.MemAllocs)) }

// AllocedBytesPerOp is the bytes one iteration allocated.
func (r BenchmarkResult) AllocedBytesPerOp() int64 { return r.perOp("B/op", int64(r.MemBytes)) }

// mbPerSec is the throughput, when the benchmark set its bytes per iteration.
func (r BenchmarkResult) mbPerSec() float64 {
	if v, ok := r.Extra["MB/s"]; ok {
		return v
	}
	if r.Bytes <= 0 || r.T <= 0 || r.N <= 0 {
		return 0
	}
	return float64(r.Bytes) * float64(r.N) / 1e6 / r.T.Seconds()
}

// String is the result as `go test -bench` prints it after the benchmark's
// name: iterations, ns/op, MB/s and the extra metrics (not the allocations:
// see MemString).
func (r BenchmarkResult) String() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%8d", r.N)
	ns, ok := r.Extra["ns/op"]
	if !ok {
		ns = float64(r.T.Nanoseconds()) / float64(r.N)
	}
	if ns != 0 {
		sb.WriteByte('\t')
		writeMetric(&sb, ns, "ns/op")
	}
	if mbs := r.mbPerSec(); mbs != 0 {
		fmt.Fprintf(&sb, "\t%7.2f MB/s", mbs)
	}
	var units []string
	for u := range r.Extra {
		if u != "ns/op" && u != "MB/s" && u != "B/op" && u != "allocs/op" {
			units = append(units, u)
		}
	}
	slices.Sort(units)
	for _, u := range units {
		sb.WriteByte('\t')
		writeMetric(&sb, r.Extra[u], u)
	}
	return sb.String()
}

// MemString is the allocations per iteration as `go test -benchmem` prints them.
func (r BenchmarkResult) MemString() string {
	return fmt.Sprintf("%8d B/op\t%8d allocs/op", r.AllocedBytesPerOp(), r.AllocsPerOp())
}

// metricFormats: for a value of at least min (by magnitude), its width and
// decimals — whole numbers in ten places, smaller ones with four significant
// digits, the decimal points aligned.
var metricFormats = []struct {
	min         float64
	width, prec int
}{
	{999.95, 10, 0}, {99.995, 12, 1}, {9.9995, 13, 2}, {0.99995, 14, 3},
	{0.099995, 15, 4}, {0.0099995, 16, 5}, {0.00099995, 17, 6}, {0, 18, 7},
}

func writeMetric(sb *strings.Builder, x float64, unit string) {
	y := math.Abs(x)
	f := metricFormats[0]
	if y != 0 {
		for _, f = range metricFormats {
			if y >= f.min {
				break
			}
		}
	}
	fmt.Fprintf(sb, "%*.*f %s", f.width, f.prec, x, unit)
}
