// A library function that panics: its frames carry the file and line of Go's.

package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Done()
}
