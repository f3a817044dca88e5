// defermutex: 10,000,000 calls of a function with mu.Lock(); defer mu.Unlock().
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

func main() {
	var c counter
	for i := 0; i < 10000000; i++ {
		c.inc()
	}
	fmt.Println(c.n)
}
