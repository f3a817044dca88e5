// A panic in or through a library function: its frames carry the file and line
// of Go's.

package main

import "sync"

func main() {
	var once sync.Once
	once.Do(func() {
		var m map[string]int
		m["a"] = 1
	})
}
