// A goroutine blocked locking a locked RWMutex: the frames of a deadlock are
// Go's, down to internal/sync's mutex and the runtime's semaphore.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.Lock()
	fmt.Println("locked once")
	rw.Lock()
}
