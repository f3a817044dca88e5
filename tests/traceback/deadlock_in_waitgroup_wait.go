// A WaitGroup waited for with no goroutine to call Done: Go's frames.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Wait()
}
