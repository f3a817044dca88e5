package sync

// The runtime's semaphores, as sync's (see runtime.go there).
func semacquire(addr *uint32, reason int, lifo bool)
func semrelease(addr *uint32)
func canSpin(iter int) bool
func doSpin()
func nanotime() int64
func throw(s string)

// fatal ends the program with "fatal error: s", as Go's runtime function of
// that name for internal/sync, whose frame tracebacks show.
func fatal(s string) {
//line ../../runtime/panic.go:1205
	throw(s)
}

// waitMutex is the runtime's waiting reason "sync.Mutex.Lock" (the value
// sync's waiting reasons give it).
const waitMutex = 1

// runtime_SemacquireMutex parks until *addr > 0, as Go's runtime function of
// that name, whose frame tracebacks place in runtime/sema.go.
func runtime_SemacquireMutex(addr *uint32, lifo bool) {
//line ../../runtime/sema.go:95
	semacquire(addr, waitMutex, lifo)
}
