// Package runtime exposes the goroutine scheduler and the runtime's error type.
package runtime

// GOOS and GOARCH describe the target minigo runs on.
const (
	GOOS   = "linux"
	GOARCH = "amd64"
)

// Compiler is the name of the compiler toolchain the running program follows:
// minigo implements gc's layout, diagnostics and runtime behaviour, and programs
// test this constant to choose between gc's and gccgo's.
const Compiler = "gc"

// Error identifies a run time error, such as an index out of range.
type Error interface {
	error
	RuntimeError()
}

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// GOMAXPROCS sets the maximum number of CPUs that can be executing simultaneously
// and returns the previous setting; n < 1 does not change it.
func GOMAXPROCS(n int) int

// GC runs a garbage collection and blocks the caller until it is complete.
func GC()

// Breakpoint executes a breakpoint trap: with no debugger attached, the
// program dies of SIGTRAP, printing every goroutine's stack (exit status 2).
func Breakpoint()

// Version returns the Go version minigo implements.
func Version() string { return "go1.27-minigo" }
