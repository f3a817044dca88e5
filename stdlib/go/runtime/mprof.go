package runtime

import "unsafe"

// MemProfileRate controls the fraction of memory allocations that are
// recorded and reported in the memory profile. The profiler aims to sample an
// average of one allocation per MemProfileRate bytes allocated.
//
// To include every allocated block in the profile, set MemProfileRate to 1.
// To turn off profiling entirely, set MemProfileRate to 0.
//
// As in Go, it starts at 512 KiB in a program that can read the profile (one
// that refers to MemProfile), else at 0 (runtime/src/mprof.rs).
var MemProfileRate int

func init() {
	MemProfileRate = memProfileInit(&MemProfileRate)
}

// memProfileInit names MemProfileRate to the allocator and returns its initial
// value.
func memProfileInit(rate *int) int

// A MemProfileRecord describes the live objects allocated by a particular call
// sequence (stack trace).
type MemProfileRecord struct {
	AllocBytes, FreeBytes     int64       // number of bytes allocated, freed
	AllocObjects, FreeObjects int64       // number of objects allocated, freed
	Stack0                    [32]uintptr // stack trace for this record; ends at first 0 entry
}

// InUseBytes returns the number of bytes in use (AllocBytes - FreeBytes).
func (r *MemProfileRecord) InUseBytes() int64 { return r.AllocBytes - r.FreeBytes }

// InUseObjects returns the number of objects in use (AllocObjects - FreeObjects).
func (r *MemProfileRecord) InUseObjects() int64 {
	return r.AllocObjects - r.FreeObjects
}

// Stack returns the stack trace associated with the record, a prefix of
// r.Stack0.
func (r *MemProfileRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// MemProfile returns a profile of memory allocated and freed per allocation
// site.
//
// MemProfile returns n, the number of records in the current memory profile.
// If len(p) >= n, MemProfile copies the profile into p and returns n, true. If
// len(p) < n, MemProfile does not change p and returns n, false.
//
// If inuseZero is true, the profile includes allocation records where
// r.AllocBytes > 0 but r.AllocBytes == r.FreeBytes. These are sites where
// memory was allocated, but it has all been released back to the runtime.
//
// The returned profile may be up to two garbage collection cycles old. This is
// to avoid skewing the profile toward allocations; because allocations happen
// in real time but frees are delayed until the garbage collector performs
// sweeping, the profile only accounts for allocations that have had a chance
// to be freed by the garbage collector.
func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool) {
	n = memProfile(unsafe.Pointer(unsafe.SliceData(p)), len(p), inuseZero)
	return n, n <= len(p)
}

// memProfile writes the profile's records into the n at p when they fit, and
// returns how many there are.
func memProfile(p unsafe.Pointer, n int, inuseZero bool) int

// A StackRecord describes a single execution stack.
type StackRecord struct {
	Stack0 [32]uintptr // stack trace for this record; ends at first 0 entry
}

// Stack returns the stack trace associated with the record, a prefix of
// r.Stack0.
func (r *StackRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// GoroutineProfile returns n, the number of records in the active goroutine
// stack profile. If len(p) >= n, GoroutineProfile copies the profile into p
// and returns n, true. If len(p) < n, GoroutineProfile does not change p and
// returns n, false.
//
// minigo reads the stacks without stopping the world: a goroutine running on
// another thread at that moment is recorded with no frames.
func GoroutineProfile(p []StackRecord) (n int, ok bool) {
	n = goroutineProfile(unsafe.Pointer(unsafe.SliceData(p)), len(p))
	return n, n <= len(p)
}

// goroutineProfile writes the goroutines' stacks into the n records at p when
// they fit, and returns how many there are.
func goroutineProfile(p unsafe.Pointer, n int) int

// ThreadCreateProfile returns n, the number of records in the thread creation
// profile. If len(p) >= n, ThreadCreateProfile copies the profile into p and
// returns n, true. If len(p) < n, ThreadCreateProfile does not change p and
// returns n, false.
//
// As Go 1.27's, the records' stacks are empty: one record per thread.
func ThreadCreateProfile(p []StackRecord) (n int, ok bool) {
	n = threadCount()
	if n > len(p) {
		return n, false
	}
	clear(p[:n])
	return n, true
}

// threadCount returns how many threads the runtime made.
func threadCount() int
