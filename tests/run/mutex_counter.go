package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type SafeMap struct {
	mu sync.RWMutex
	m  map[string]int
}

func (s *SafeMap) Inc(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k]++
}

func (s *SafeMap) Get(k string) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.m[k]
}

func main() {
	sm := &SafeMap{m: map[string]int{}}
	var wg sync.WaitGroup
	var ops int64
	var ai atomic.Int32
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				sm.Inc(fmt.Sprint("k", j%5))
				atomic.AddInt64(&ops, 1)
				ai.Add(1)
				_ = sm.Get("k0")
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(sm.Get("k0"), sm.Get("k4"), atomic.LoadInt64(&ops), ai.Load())
	var flag atomic.Bool
	fmt.Println(flag.CompareAndSwap(false, true), flag.Load(), flag.Swap(false))
	var u atomic.Uint64
	u.Store(10)
	fmt.Println(u.Add(5), u.Load())
	var once sync.Once
	cnt := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { cnt++ })
		}()
	}
	wg.Wait()
	fmt.Println("once ran", cnt)
	var m sync.Mutex
	fmt.Println(m.TryLock(), m.TryLock())
	m.Unlock()
}
