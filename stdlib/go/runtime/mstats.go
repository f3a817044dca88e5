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

// The statistics memstat reports, by index.
const (
	statAlloc = iota
	statTotalAlloc
	statSys
	statMallocs
	statFrees
	statHeapSys
	statHeapIdle
	statHeapInuse
	statHeapReleased
	statHeapObjects
	statNextGC
	statLastGC
	statPauseTotalNs
	statNumGC
	statNumForcedGC
)

func memstat(i int) uint64

// pauseNs is PauseNs[i].
func pauseNs(i int) uint64

// ReadMemStats populates m with memory allocator statistics.
func ReadMemStats(m *MemStats) {
	m.Alloc = memstat(statAlloc)
	m.TotalAlloc = memstat(statTotalAlloc)
	m.Sys = memstat(statSys)
	m.Lookups = 0
	m.Mallocs = memstat(statMallocs)
	m.Frees = memstat(statFrees)
	m.HeapAlloc = m.Alloc
	m.HeapSys = memstat(statHeapSys)
	m.HeapIdle = memstat(statHeapIdle)
	m.HeapInuse = memstat(statHeapInuse)
	m.HeapReleased = memstat(statHeapReleased)
	m.HeapObjects = memstat(statHeapObjects)
	m.NextGC = memstat(statNextGC)
	m.LastGC = memstat(statLastGC)
	m.PauseTotalNs = memstat(statPauseTotalNs)
	for i := range m.PauseNs {
		m.PauseNs[i] = pauseNs(i)
	}
	m.NumGC = uint32(memstat(statNumGC))
	m.NumForcedGC = uint32(memstat(statNumForcedGC))
}
