package sync

import "sync/atomic"

// Once is an object that will perform exactly one action.
type Once struct {
	_ noCopy

	done atomic.Uint32
	m    Mutex
}

// Do calls the function f if and only if Do is being called for the first time
// for this instance of Once.
func (o *Once) Do(f func()) {
	if o.done.Load() == 0 {
//line once.go:69
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done.Load() == 0 {
		defer o.done.Store(1)
//line once.go:78
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
