package main

import "sync"

// One defer: an inline record on g, calls as try_call with a landing pad, the
// deferred call run at the exit block.
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
