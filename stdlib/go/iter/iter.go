// Package iter defines the iterator function types that range-over-func loops
// and packages slices and maps use, and turns push iterators into pull ones.
package iter

// Seq is an iterator over single values: it calls yield for each value in turn
// and stops early when yield returns false.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)

// Pull turns the push iterator seq into a pull iterator: next returns its values
// one at a time (and false once it is done), stop ends it early. A panic in seq
// reaches the caller of next (or stop).
//
// Go runs seq as a coroutine; minigo runs it on a goroutine of its own that hands
// control back and forth over unbuffered channels, so that seq and the caller of
// next never run at the same time.
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	p := &puller[V]{seq: seq, resume: make(chan bool), yielded: make(chan struct{})}
	return p.next, p.stop
}

// Pull2 is Pull for iterators over pairs.
func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	pairs := func(yield func(pair[K, V]) bool) {
		seq(func(k K, v V) bool { return yield(pair[K, V]{k, v}) })
	}
	nextPair, stop := Pull(pairs)
	next = func() (K, V, bool) {
		p, ok := nextPair()
		return p.k, p.v, ok
	}
	return next, stop
}

type pair[K, V any] struct {
	k K
	v V
}

// puller runs a Seq on its own goroutine for Pull.
type puller[V any] struct {
	seq Seq[V]
	// resume tells the suspended iterator whether to go on (yield returns it);
	// yielded says it produced v (has) or finished (!has).
	resume  chan bool
	yielded chan struct{}
	v       V
	has     bool
	// started: the goroutine runs seq; done: next returns no more values.
	started, done bool
	// a panic in seq, to be raised in the caller
	panicked bool
	panicVal any
}

func (p *puller[V]) run() {
	defer func() {
		if r := recover(); r != nil {
			p.panicked, p.panicVal = true, r
		}
		p.has = false
		p.yielded <- struct{}{}
	}()
	p.seq(func(v V) bool {
		p.v, p.has = v, true
		p.yielded <- struct{}{}
		return <-p.resume
	})
}

func (p *puller[V]) next() (V, bool) {
	var zero V
	if p.done {
		return zero, false
	}
	if !p.started {
		p.started = true
		go p.run()
	} else {
		p.resume <- true
	}
	<-p.yielded
	if p.panicked {
		p.done = true
		panic(p.panicVal)
	}
	if !p.has {
		p.done = true
		return zero, false
	}
	return p.v, true
}

func (p *puller[V]) stop() {
	if p.done {
		return
	}
	p.done = true
	if !p.started {
		return
	}
	// tell the suspended iterator to stop, as many times as it asks
	for {
		p.resume <- false
		<-p.yielded
		if !p.has {
			break
		}
	}
	if p.panicked {
		panic(p.panicVal)
	}
}
