// Package sync provides basic synchronization primitives, built as Go builds them:
// atomics for the uncontended case, the runtime's semaphores to park goroutines.
//
// The types have Go 1.27's fields (printed with %v, they print as Go's), and
// the calls a traceback of a blocked goroutine shows carry Go's positions for
// them, set by line directives (the lines after such a directive count on
// from it): the Mutex is internal/sync's, the semaphores' frames are in
// runtime/sema.go (runtime.go).
package sync

import isync "internal/sync"

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// noCopy marks a type that must not be copied after first use (go vet's
// copylocks check reads it; it has no effect on the program).
type noCopy struct{}

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
type Mutex struct {
	_ noCopy

	mu isync.Mutex
}

// Lock locks m, blocking until the mutex is available.
func (m *Mutex) Lock() {
//line mutex.go:46
	m.mu.Lock()
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	return m.mu.TryLock()
}

// Unlock unlocks m; it is a run-time error if m is not locked.
func (m *Mutex) Unlock() {
//line mutex.go:65
	m.mu.Unlock()
}
