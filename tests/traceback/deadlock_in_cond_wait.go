// A Cond waited on with nothing to signal it, the read lock taken first: Go's
// frames of the wait.
package main

import "sync"

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	c := sync.NewCond(&sync.Mutex{})
	c.L.Lock()
	c.Wait()
}
