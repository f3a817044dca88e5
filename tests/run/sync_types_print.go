// sync's and sync/atomic's types have Go's fields: printed, they print as
// Go's, zero-size markers included.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type stats struct {
	mu    sync.Mutex
	rw    sync.RWMutex
	wg    sync.WaitGroup
	once  sync.Once
	hits  atomic.Int64
	seen  atomic.Bool
	flags atomic.Uint32
	last  atomic.Pointer[int]
	n     int
}

func main() {
	var s stats
	s.hits.Add(3)
	s.seen.Store(true)
	s.once.Do(func() {})
	fmt.Printf("%v\n%+v\n", s, s)
	var i32 atomic.Int32
	var u64 atomic.Uint64
	var up atomic.Uintptr
	fmt.Println(&i32, &u64, &up)
}
