// Package debug contains facilities for programs to debug themselves while
// they are running: the collector's settings and stack traces.
package debug

import (
	"os"
	"runtime"
)

// SetGCPercent sets the garbage collection target percentage: a collection is
// triggered when the ratio of freshly allocated data to live data remaining
// after the previous collection reaches this percentage. It returns the
// previous setting. A negative percentage disables the collector unless the
// memory limit is reached.
func SetGCPercent(percent int) int

// SetMemoryLimit provides the runtime with a soft memory limit and returns the
// previously set limit. A negative input does not adjust the limit.
func SetMemoryLimit(limit int64) int64

// SetMaxStack sets the maximum amount of memory that can be used by a single
// goroutine stack: a goroutine whose stack would grow beyond it crashes the
// program. It returns the previous setting (initially 1 GB; at most 2 GB takes
// effect).
func SetMaxStack(bytes int) int

// SetTraceback sets the amount of detail printed by the runtime in the
// traceback it prints before exiting due to an unrecovered panic: "none",
// "single" (the default), "all", "system" or "crash", as the GOTRACEBACK
// environment variable takes them. A level lower than the environment
// variable's is ignored.
func SetTraceback(level string)

// FreeOSMemory forces a garbage collection followed by an attempt to return as
// much memory to the operating system as possible.
func FreeOSMemory() {
	runtime.GC()
	freeOSMemory()
}

func freeOSMemory()

// Stack returns a formatted stack trace of the goroutine that calls it, as
// runtime.Stack formats it, growing its buffer until the whole trace fits.
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// PrintStack prints to standard error the stack trace returned by Stack.
func PrintStack() { os.Stderr.Write(Stack()) }
