package sync

import "sync/atomic"

// Cond implements a condition variable, a rendezvous point for goroutines waiting
// for or announcing the occurrence of an event.
type Cond struct {
	noCopy noCopy

	// L is held while observing or changing the condition
	L Locker

	waiters atomic.Int32
	sema    uint32
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond { return &Cond{L: l} }

// Wait atomically unlocks c.L and suspends execution of the calling goroutine;
// it locks c.L again before returning.
func (c *Cond) Wait() {
	c.waiters.Add(1)
	c.L.Unlock()
//line cond.go:71
	runtime_notifyListWait(&c.sema)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	for {
		n := c.waiters.Load()
		if n == 0 {
			return
		}
		if c.waiters.CompareAndSwap(n, n-1) {
			semrelease(&c.sema)
			return
		}
	}
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	n := c.waiters.Swap(0)
	for ; n > 0; n-- {
		semrelease(&c.sema)
	}
}
