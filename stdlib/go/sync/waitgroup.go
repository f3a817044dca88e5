package sync

import "sync/atomic"

// A WaitGroup waits for a collection of goroutines to finish.
//
// state holds the counter in its high 32 bits and the number of waiters in its
// low 32 bits.
type WaitGroup struct {
	noCopy noCopy

	state atomic.Uint64
	sema  uint32
}

// Add adds delta, which may be negative, to the WaitGroup counter.
func (wg *WaitGroup) Add(delta int) {
	state := wg.state.Add(uint64(delta) << 32)
	v := int32(state >> 32)
	w := uint32(state)
	if v < 0 {
//line waitgroup.go:118
		panic("sync: negative WaitGroup counter")
	}
	if v > 0 || w == 0 {
		return
	}
	// the counter reached zero: release every waiter
	wg.state.Store(0)
	for ; w != 0; w-- {
		semrelease(&wg.sema)
	}
}

// Done decrements the WaitGroup counter by one.
//line waitgroup.go:156
func (wg *WaitGroup) Done() { wg.Add(-1) }

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait() {
	for {
		state := wg.state.Load()
		if int32(state>>32) == 0 {
			return
		}
		if wg.state.CompareAndSwap(state, state+1) {
//line waitgroup.go:206
			runtime_SemacquireWaitGroup(&wg.sema)
			return
		}
	}
}

// Go calls f in a new goroutine and adds that task to the WaitGroup.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
//line waitgroup.go:238
	go func() {
		defer func() {
			if x := recover(); x != nil {
				// f panicked, which ends the program: Done would let Wait
				// return (and main exit) before the panic is reported, so
				// panic again without it, as Go does
//line waitgroup.go:251
				panic(x)
			}
			wg.Done()
		}()
//line waitgroup.go:258
		f()
	}()
}
