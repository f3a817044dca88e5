// Package sync is Go's internal/sync: the mutex behind sync.Mutex, as Go
// 1.24 and later build it, so that tracebacks of a goroutine blocked in
// Lock show Go's frames (internal/sync.(*Mutex).lockSlow).
//
// The calls tracebacks show carry Go 1.27's positions for them, set by line
// directives (the lines after such a directive count on from it).
package sync

import "sync/atomic"

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
//
// Go's algorithm. state is three flags and, above them, the number of
// goroutines parked on sema:
//
//   - mutexLocked: the mutex is held.
//   - mutexWoken: a goroutine not parked is trying to take the mutex (one
//     spinning, or one Unlock woke), so Unlock need not wake another.
//   - mutexStarving: a waiter has waited longer than starvationNs.
//
// In normal mode a woken waiter competes with goroutines arriving, which
// usually win (they are running already): throughput is high, and a goroutine
// that finds the mutex briefly held spins rather than parks. A waiter that
// loses for longer than starvationNs switches the mutex to starvation mode:
// Unlock then hands it to the first waiter, arrivals queue behind without
// trying, and the mode ends when the last waiter, or one that did not wait
// long, takes it.
type Mutex struct {
	state int32
	sema  uint32
}

const (
	mutexLocked = 1 << iota
	mutexWoken
	mutexStarving
	mutexWaiterShift = iota
	mutexWaiter      = 1 << mutexWaiterShift

	starvationNs = 1e6
)

// Lock locks m, blocking until the mutex is available.
func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.state, 0, mutexLocked) {
		return
	}
//line mutex.go:70
	m.lockSlow()
}

func (m *Mutex) lockSlow() {
	var waitStart int64 // when this goroutine first parked; 0 before
	starving := false   // it has waited longer than starvationNs
	awoke := false      // it set mutexWoken (spinning) or Unlock did for it (woken)
	spins := 0
	old := atomic.LoadInt32(&m.state)
	for {
		// held in normal mode: spin while that may pay, claiming mutexWoken
		// so that Unlock does not wake a waiter to compete with this one
		if old&(mutexLocked|mutexStarving) == mutexLocked && canSpin(spins) {
			if !awoke && old&mutexWoken == 0 && old>>mutexWaiterShift != 0 &&
				atomic.CompareAndSwapInt32(&m.state, old, old|mutexWoken) {
				awoke = true
			}
			doSpin()
			spins++
			old = atomic.LoadInt32(&m.state)
			continue
		}
		new := old
		if old&mutexStarving == 0 {
			new |= mutexLocked // take it, if free; in starvation mode it is a waiter's
		}
		if old&(mutexLocked|mutexStarving) != 0 {
			new += mutexWaiter // park
		}
		if starving && old&mutexLocked != 0 {
			new |= mutexStarving
		}
		if awoke {
			if new&mutexWoken == 0 {
				fatal("sync: inconsistent mutex state")
			}
			new &^= mutexWoken
		}
		if !atomic.CompareAndSwapInt32(&m.state, old, new) {
			old = atomic.LoadInt32(&m.state)
			continue
		}
		if old&(mutexLocked|mutexStarving) == 0 {
			return // taken
		}
		// park: a goroutine that waited before goes back to the head of the queue
		lifo := waitStart != 0
		if waitStart == 0 {
			waitStart = nanotime()
		}
//line mutex.go:149
		runtime_SemacquireMutex(&m.sema, lifo)
		starving = starving || nanotime()-waitStart > starvationNs
		old = atomic.LoadInt32(&m.state)
		if old&mutexStarving != 0 {
			// handed the mutex: take it, no longer a waiter, and end starvation
			// mode if this was the last waiter or did not wait long
			if old&(mutexLocked|mutexWoken) != 0 || old>>mutexWaiterShift == 0 {
				fatal("sync: inconsistent mutex state")
			}
			delta := int32(mutexLocked - mutexWaiter)
			if !starving || old>>mutexWaiterShift == 1 {
				delta -= mutexStarving
			}
			atomic.AddInt32(&m.state, delta)
			return
		}
		awoke = true
		spins = 0
	}
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	old := atomic.LoadInt32(&m.state)
	if old&(mutexLocked|mutexStarving) != 0 {
		return false
	}
	return atomic.CompareAndSwapInt32(&m.state, old, old|mutexLocked)
}

// Unlock unlocks m; it is a run-time error if m is not locked.
func (m *Mutex) Unlock() {
	// the fast path, small enough to inline; the rest apart, as in Go
	if new := atomic.AddInt32(&m.state, -mutexLocked); new != 0 {
//line mutex.go:198
		m.unlockSlow(new)
	}
}

func (m *Mutex) unlockSlow(new int32) {
	if (new+mutexLocked)&mutexLocked == 0 {
//line mutex.go:204
		fatal("sync: unlock of unlocked mutex")
	}
	if new&mutexStarving != 0 {
		// hand it to the first waiter (it is still marked held for it: see lockSlow)
		semrelease(&m.sema)
		return
	}
	// wake one waiter, unless there is none, or the mutex was taken again, or a
	// goroutine is awake to take it, or starvation mode began meanwhile
	old := new
	for old>>mutexWaiterShift != 0 && old&(mutexLocked|mutexWoken|mutexStarving) == 0 {
		if atomic.CompareAndSwapInt32(&m.state, old, (old-mutexWaiter)|mutexWoken) {
			semrelease(&m.sema)
			return
		}
		old = atomic.LoadInt32(&m.state)
	}
}
