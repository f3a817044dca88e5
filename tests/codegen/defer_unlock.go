package main

import "sync"

// One open-coded defer: an inline record on g, the deferred call made (and
// inlined) at the return. No call needs a landing pad — Lock's slow path runs
// before the record is pushed, Unlock's after it is popped — so all are plain
// calls, and there is no landing pad or general exit.
var mu sync.Mutex
var n int

func inc() {
	mu.Lock()
	defer mu.Unlock()
	n++
}

func main() {
	inc()
	println(n)
}
