package sync

import "sync/atomic"

const rwmutexMaxReaders = 1 << 30

// An RWMutex is a reader/writer mutual exclusion lock. A writer waiting for the
// lock keeps new readers out (Go's algorithm: readerCount goes negative).
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount atomic.Int32
	readerWait  atomic.Int32
}

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	if rw.readerCount.Add(1) < 0 {
//line rwmutex.go:74
		runtime_SemacquireRWMutexR(&rw.readerSem)
	}
}

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool {
	for {
		c := rw.readerCount.Load()
		if c < 0 {
			return false
		}
		if rw.readerCount.CompareAndSwap(c, c+1) {
			return true
		}
	}
}

// RUnlock undoes a single RLock call.
func (rw *RWMutex) RUnlock() {
	if r := rw.readerCount.Add(-1); r < 0 {
		// the rest apart, as in Go
//line rwmutex.go:122
		rw.rUnlockSlow(r)
	}
}

func (rw *RWMutex) rUnlockSlow(r int32) {
	if r+1 == 0 || r+1 == -rwmutexMaxReaders {
//line rwmutex.go:132
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	// the last reader a writer waits for lets it in
	if rw.readerWait.Add(-1) == 0 {
		semrelease(&rw.writerSem)
	}
}

// Lock locks rw for writing.
func (rw *RWMutex) Lock() {
//line rwmutex.go:150
	rw.w.Lock()
	r := rw.readerCount.Add(-rwmutexMaxReaders) + rwmutexMaxReaders
	if r != 0 && rw.readerWait.Add(r) != 0 {
//line rwmutex.go:155
		runtime_SemacquireRWMutex(&rw.writerSem)
	}
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if !rw.readerCount.CompareAndSwap(0, -rwmutexMaxReaders) {
		rw.w.Unlock()
		return false
	}
	return true
}

// Unlock unlocks rw for writing.
func (rw *RWMutex) Unlock() {
	r := rw.readerCount.Add(rwmutexMaxReaders)
	if r >= rwmutexMaxReaders {
//line rwmutex.go:212
		fatal("sync: Unlock of unlocked RWMutex")
	}
	for i := 0; i < int(r); i++ {
		semrelease(&rw.readerSem)
	}
	rw.w.Unlock()
}

// RLocker returns a Locker that implements Lock and Unlock by calling rw.RLock and
// rw.RUnlock.
func (rw *RWMutex) RLocker() Locker { return (*rlocker)(rw) }

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }
