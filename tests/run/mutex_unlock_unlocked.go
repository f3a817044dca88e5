// Unlocking an unlocked mutex is a fatal error, not a panic: deferred calls do
// not run, recover cannot stop it, and the exit status is 2.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocked once")
	mu.Unlock()
	fmt.Println("not reached")
}
