package main

import "sync"

// One open-coded defer: the statement saves the receiver in the frame's block
// and sets its bit there (operands relative to %rsp: no address of the block
// is ever in a register); the return clears the bit and makes the call
// (inlined), with no record. No call needs a landing pad — Lock's slow path
// runs before the bit is set, Unlock's after it is cleared — so all are plain
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
