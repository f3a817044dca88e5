// Unlocking what is not locked is a fatal error; its traceback shows the
// frames of Go's sync and runtime functions on the way, with their lines.

package main

import "sync"

func main() {
	var mu sync.RWMutex
	mu.Unlock()
}
