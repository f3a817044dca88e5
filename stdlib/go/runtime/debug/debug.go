// Package debug contains facilities for programs to debug themselves while
// they are running: here, the collector's settings.
package debug

import "runtime"

// SetGCPercent sets the garbage collection target percentage: a collection is
// triggered when the ratio of freshly allocated data to live data remaining
// after the previous collection reaches this percentage. It returns the
// previous setting. A negative percentage disables the collector unless the
// memory limit is reached.
func SetGCPercent(percent int) int

// SetMemoryLimit provides the runtime with a soft memory limit and returns the
// previously set limit. A negative input does not adjust the limit.
func SetMemoryLimit(limit int64) int64

// FreeOSMemory forces a garbage collection followed by an attempt to return as
// much memory to the operating system as possible.
func FreeOSMemory() {
	runtime.GC()
	freeOSMemory()
}

func freeOSMemory()
