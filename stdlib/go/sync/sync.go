// Package sync provides basic synchronization primitives, built as Go builds them:
// atomics for the uncontended case, the runtime's semaphores to park goroutines.
package sync

import "sync/atomic"

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// Waiting reasons, as the runtime names them in tracebacks.
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

// canSpin reports whether a goroutine that found a mutex held for the iter-th
// time should spin (another P runs, this P has nothing else to run, iter is
// small); doSpin spins once, briefly. nanotime is the monotonic clock.
func canSpin(iter int) bool
func doSpin()
func nanotime() int64

// fatal ends the program with "fatal error: s" (not a recoverable panic).
func fatal(s string)

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
		semacquire(&m.sema, waitMutex, lifo)
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
		m.unlockSlow(new)
	}
}

func (m *Mutex) unlockSlow(new int32) {
	if (new+mutexLocked)&mutexLocked == 0 {
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

const rwmutexMaxReaders = 1 << 30

// An RWMutex is a reader/writer mutual exclusion lock. A writer waiting for the
// lock keeps new readers out (Go's algorithm: readerCount goes negative).
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount int32
	readerWait  int32
}

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	if atomic.AddInt32(&rw.readerCount, 1) < 0 {
		semacquire(&rw.readerSem, waitRLock, false)
	}
}

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool {
	for {
		c := atomic.LoadInt32(&rw.readerCount)
		if c < 0 {
			return false
		}
		if atomic.CompareAndSwapInt32(&rw.readerCount, c, c+1) {
			return true
		}
	}
}

// RUnlock undoes a single RLock call.
func (rw *RWMutex) RUnlock() {
	if r := atomic.AddInt32(&rw.readerCount, -1); r < 0 {
		if r+1 == 0 || r+1 == -rwmutexMaxReaders {
			fatal("sync: RUnlock of unlocked RWMutex")
		}
		// the last reader a writer waits for lets it in
		if atomic.AddInt32(&rw.readerWait, -1) == 0 {
			semrelease(&rw.writerSem)
		}
	}
}

// Lock locks rw for writing.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	r := atomic.AddInt32(&rw.readerCount, -rwmutexMaxReaders) + rwmutexMaxReaders
	if r != 0 && atomic.AddInt32(&rw.readerWait, r) != 0 {
		semacquire(&rw.writerSem, waitLock, false)
	}
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if !atomic.CompareAndSwapInt32(&rw.readerCount, 0, -rwmutexMaxReaders) {
		rw.w.Unlock()
		return false
	}
	return true
}

// Unlock unlocks rw for writing.
func (rw *RWMutex) Unlock() {
	r := atomic.AddInt32(&rw.readerCount, rwmutexMaxReaders)
	if r >= rwmutexMaxReaders {
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

// A WaitGroup waits for a collection of goroutines to finish.
//
// state holds the counter in its high 32 bits and the number of waiters in its
// low 32 bits.
type WaitGroup struct {
	state int64
	sema  uint32
}

// Add adds delta, which may be negative, to the WaitGroup counter.
func (wg *WaitGroup) Add(delta int) {
	state := atomic.AddInt64(&wg.state, int64(delta)<<32)
	v := int32(state >> 32)
	w := uint32(state)
	if v < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if v > 0 || w == 0 {
		return
	}
	// the counter reached zero: release every waiter
	atomic.StoreInt64(&wg.state, 0)
	for ; w != 0; w-- {
		semrelease(&wg.sema)
	}
}

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() { wg.Add(-1) }

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait() {
	for {
		state := atomic.LoadInt64(&wg.state)
		if int32(state>>32) == 0 {
			return
		}
		if atomic.CompareAndSwapInt64(&wg.state, state, state+1) {
			semacquire(&wg.sema, waitGroup, false)
			return
		}
	}
}

// Go calls f in a new goroutine and adds that task to the WaitGroup.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}

// Once is an object that will perform exactly one action.
type Once struct {
	done uint32
	m    Mutex
}

// Do calls the function f if and only if Do is being called for the first time
// for this instance of Once.
func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer atomic.StoreUint32(&o.done, 1)
		f()
	}
}

// OnceFunc returns a function that invokes f only once. If f panics, the
// returned function panics with the same value on every call.
func OnceFunc(f func()) func() {
	var once Once
	var done bool // f returned normally
	var p any     // f's panic value, when it panicked
	call := func() {
		defer func() {
			if !done {
				p = recover()
				panic(p)
			}
		}()
		f()
		done = true
	}
	return func() {
		once.Do(call)
		if !done {
			panic(p)
		}
	}
}

// OnceValue returns a function that invokes f only once and returns the value
// returned by f; a panic of f is repeated by every call.
func OnceValue[T any](f func() T) func() T {
	var result T
	g := OnceFunc(func() { result = f() })
	return func() T {
		g()
		return result
	}
}

// OnceValues returns a function that invokes f only once and returns the
// values returned by f; a panic of f is repeated by every call.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var r1 T1
	var r2 T2
	g := OnceFunc(func() { r1, r2 = f() })
	return func() (T1, T2) {
		g()
		return r1, r2
	}
}

// A Pool is a set of temporary objects that may be individually saved and
// retrieved. Get returns the most recently Put object, or New's result when
// the pool is empty. As in Go, a collection sets aside what the pool holds
// and the next one drops it (the runtime's pool.rs): Get takes from what was
// put since the last collection, then from what was set aside.
type Pool struct {
	mu         Mutex
	items      []any
	victim     []any
	registered bool // on the runtime's list of pools to clean at the next collection

	// New optionally specifies a function to generate a value when Get would
	// otherwise return nil.
	New func() any
}

// registerPool puts p on the runtime's list of pools to clean at the next
// collection (with p.mu held; the collector leaves a pool whose mutex is
// held as it is, so these fields change only under it).
func registerPool(p *Pool)

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	if !p.registered {
		p.registered = true
		registerPool(p)
	}
	p.items = append(p.items, x)
	p.mu.Unlock()
}

// Get selects an item from the Pool, removes it, and returns it; if the pool
// is empty it returns the result of calling p.New (nil without New).
func (p *Pool) Get() any {
	p.mu.Lock()
	if x, ok := pop(&p.items); ok {
		p.mu.Unlock()
		return x
	}
	if x, ok := pop(&p.victim); ok {
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}

// pop takes the last element of *s, if any.
func pop(s *[]any) (any, bool) {
	n := len(*s)
	if n == 0 {
		return nil, false
	}
	x := (*s)[n-1]
	(*s)[n-1] = nil
	*s = (*s)[:n-1]
	return x, true
}

// Cond implements a condition variable, a rendezvous point for goroutines waiting
// for or announcing the occurrence of an event.
type Cond struct {
	L       Locker
	waiters int32
	sema    uint32
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond { return &Cond{L: l} }

// Wait atomically unlocks c.L and suspends execution of the calling goroutine;
// it locks c.L again before returning.
func (c *Cond) Wait() {
	atomic.AddInt32(&c.waiters, 1)
	c.L.Unlock()
	semacquire(&c.sema, waitCond, false)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	for {
		n := atomic.LoadInt32(&c.waiters)
		if n == 0 {
			return
		}
		if atomic.CompareAndSwapInt32(&c.waiters, n, n-1) {
			semrelease(&c.sema)
			return
		}
	}
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	n := atomic.SwapInt32(&c.waiters, 0)
	for ; n > 0; n-- {
		semrelease(&c.sema)
	}
}

// Map is a map safe for concurrent use (here: a mutex around a Go map).
type Map struct {
	mu Mutex
	m  map[any]any
}

// Load returns the value stored in the map for a key.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	value, ok = m.m[key]
	m.mu.Unlock()
	return
}

// Store sets the value for a key.
func (m *Map) Store(key, value any) {
	m.mu.Lock()
	if m.m == nil {
		m.m = map[any]any{}
	}
	m.m[key] = value
	m.mu.Unlock()
}

// LoadOrStore returns the existing value for the key if present; otherwise it
// stores and returns the given value.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	if m.m == nil {
		m.m = map[any]any{}
	}
	m.m[key] = value
	return value, false
}

// LoadAndDelete deletes the value for a key, returning the previous value if any.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, loaded = m.m[key]
	delete(m.m, key)
	return
}

// Delete deletes the value for a key.
func (m *Map) Delete(key any) { m.LoadAndDelete(key) }

// Swap swaps the value for a key and returns the previous value if any.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.m == nil {
		m.m = map[any]any{}
	}
	previous, loaded = m.m[key]
	m.m[key] = value
	return
}

// CompareAndSwap swaps the old and new values for key if the value stored in
// the map is equal to old (which must be of a comparable type).
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok && v == old {
		m.m[key] = new
		return true
	}
	return false
}

// CompareAndDelete deletes the entry for key if its value is equal to old
// (which must be of a comparable type).
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok && v == old {
		delete(m.m, key)
		return true
	}
	return false
}

// Clear deletes all the entries.
func (m *Map) Clear() {
	m.mu.Lock()
	clear(m.m)
	m.mu.Unlock()
}

// Range calls f sequentially for each key and value present in the map; it
// stops if f returns false.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	vals := make([]any, 0, len(m.m))
	for k, v := range m.m {
		keys = append(keys, k)
		vals = append(vals, v)
	}
	m.mu.Unlock()
	for i := range keys {
		if !f(keys[i], vals[i]) {
			return
		}
	}
}
