// Package sync provides basic synchronization primitives. Blocking goes through the
// runtime's semaphore table, so a waiting goroutine parks instead of spinning.
package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
type Mutex struct {
	state int32
	sema  uint32
}

// Lock locks m, blocking until the mutex is available.
func (m *Mutex) Lock() { mutexLock(&m.state, &m.sema) }

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool { return mutexTryLock(&m.state) }

// Unlock unlocks m; it is a run-time error if m is not locked.
func (m *Mutex) Unlock() { mutexUnlock(&m.state, &m.sema) }

func mutexLock(state *int32, sema *uint32)
func mutexTryLock(state *int32) bool
func mutexUnlock(state *int32, sema *uint32)

// An RWMutex is a reader/writer mutual exclusion lock.
type RWMutex struct {
	w           Mutex
	readers     int32 // active readers, minus a large bias while a writer waits
	readerWait  int32 // readers the pending writer waits for
	writerSem   uint32
	readerSem   uint32
}

// Lock locks rw for writing.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	rwLock(&rw.readers, &rw.readerWait, &rw.writerSem)
}

// Unlock unlocks rw for writing.
func (rw *RWMutex) Unlock() {
	rwUnlock(&rw.readers, &rw.readerSem)
	rw.w.Unlock()
}

// RLock locks rw for reading.
func (rw *RWMutex) RLock() { rwRLock(&rw.readers, &rw.readerSem) }

// RUnlock undoes a single RLock call.
func (rw *RWMutex) RUnlock() { rwRUnlock(&rw.readers, &rw.readerWait, &rw.writerSem) }

// RLocker returns a Locker interface that implements Lock and Unlock by calling
// rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker { return (*rlocker)(rw) }

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

func rwLock(readers *int32, readerWait *int32, writerSem *uint32)
func rwUnlock(readers *int32, readerSem *uint32)
func rwRLock(readers *int32, readerSem *uint32)
func rwRUnlock(readers *int32, readerWait *int32, writerSem *uint32)

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	state int64 // counter in the high 32 bits, waiters in the low 32 bits
	sema  uint32
}

// Add adds delta, which may be negative, to the WaitGroup counter.
func (wg *WaitGroup) Add(delta int) { waitGroupAdd(&wg.state, &wg.sema, delta) }

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() { wg.Add(-1) }

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait() { waitGroupWait(&wg.state, &wg.sema) }

// Go calls f in a new goroutine and adds that task to the WaitGroup.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}

func waitGroupAdd(state *int64, sema *uint32, delta int)
func waitGroupWait(state *int64, sema *uint32)

// Once is an object that will perform exactly one action.
type Once struct {
	done uint32
	m    Mutex
}

// Do calls the function f if and only if Do is being called for the first time
// for this instance of Once.
func (o *Once) Do(f func()) {
	if loadUint32(&o.done) == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer storeUint32(&o.done, 1)
		f()
	}
}

func loadUint32(p *uint32) uint32
func storeUint32(p *uint32, v uint32)

// OnceFunc returns a function that invokes f only once.
func OnceFunc(f func()) func() {
	var once Once
	return func() { once.Do(f) }
}
