package sync

// Waiting reasons, as the runtime names them in tracebacks. (waitMutex is
// internal/sync's, which declares it as 1; it keeps the others' numbers.)
const (
	waitMutex = 1 + iota
	waitRLock
	waitLock
	waitGroup
	waitCond
)

// semacquire waits until *addr > 0 and decrements it, queueing last, or first
// when lifo; semrelease increments it, waking the first waiter.
func semacquire(addr *uint32, reason int, lifo bool)
func semrelease(addr *uint32)

// fatal ends the program with "fatal error: s" (not a recoverable panic). It
// is Go's runtime's sync_fatal, whose frame tracebacks show.
func fatal(s string) {
//line ../runtime/panic.go:1175
	throw(s)
}

// throw is the runtime's fatal error.
func throw(s string)

// Go's runtime functions behind sync's blocking calls, whose frames
// tracebacks place in runtime/sema.go: each parks until *addr > 0.

func runtime_SemacquireRWMutexR(addr *uint32) {
//line ../runtime/sema.go:100
	semacquire(addr, waitRLock, false)
}

func runtime_SemacquireRWMutex(addr *uint32) {
//line ../runtime/sema.go:105
	semacquire(addr, waitLock, false)
}

func runtime_SemacquireWaitGroup(addr *uint32) {
//line ../runtime/sema.go:114
	semacquire(addr, waitGroup, false)
}

func runtime_notifyListWait(addr *uint32) {
//line ../runtime/sema.go:617
	semacquire(addr, waitCond, false)
}
