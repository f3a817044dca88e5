package runtime

// A MemStats records statistics about the memory allocator: the fields of
// Go's MemStats that minigo's collector keeps, with Go's meanings.
type MemStats struct {
	// Alloc is bytes of allocated heap objects (the same as HeapAlloc).
	Alloc uint64
	// TotalAlloc is cumulative bytes allocated for heap objects.
	TotalAlloc uint64
	// Sys is the total bytes of memory obtained from the OS for the heap.
	Sys uint64
	// Lookups is the number of pointer lookups performed by the runtime (always 0, as in Go).
	Lookups uint64
	// Mallocs is the cumulative count of heap objects allocated.
	Mallocs uint64
	// Frees is the cumulative count of heap objects freed.
	Frees uint64
	// HeapAlloc is bytes of allocated heap objects: reachable ones, and
	// unreachable ones the collector has not freed yet.
	HeapAlloc uint64
	// HeapSys is bytes of heap memory obtained from the OS.
	HeapSys uint64
	// HeapIdle is bytes in idle (unused) spans.
	HeapIdle uint64
	// HeapInuse is bytes in in-use spans.
	HeapInuse uint64
	// HeapReleased is bytes of physical memory returned to the OS.
	HeapReleased uint64
	// HeapObjects is the number of allocated heap objects.
	HeapObjects uint64
	// NextGC is the target heap size of the next GC cycle.
	NextGC uint64
	// LastGC is the time the last garbage collection finished, as
	// nanoseconds since 1970 (the UNIX epoch).
	LastGC uint64
	// PauseTotalNs is the cumulative nanoseconds in GC stop-the-world pauses.
	PauseTotalNs uint64
	// PauseNs is a circular buffer of recent GC stop-the-world pause times in
	// nanoseconds: the most recent is PauseNs[(NumGC+255)%256].
	PauseNs [256]uint64
	// NumGC is the number of completed GC cycles.
	NumGC uint32
	// NumForcedGC is the number of GC cycles forced by the application calling GC.
	NumForcedGC uint32
}

// ReadMemStats populates m with memory allocator statistics. As in Go, the
// world is stopped while they are read.
func ReadMemStats(m *MemStats) {
	_ = m.NumGC // a nil m panics here, as in Go
	readMemStats(m)
}

// readMemStats writes m through a mirror of MemStats (runtime/src/mgc.rs's
// MemStats: the two declare the same fields in the same order).
func readMemStats(m *MemStats)
