package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name string
	N    int
}

type Holder struct {
	cfg atomic.Value
	n   int
}

func main() {
	var v atomic.Value
	fmt.Printf("%v %+v\n", v, v)
	var h Holder
	fmt.Printf("%v %+v\n", h, h)
	h.cfg.Store(Config{"a", 1})
	fmt.Printf("%+v\n", h.cfg.Load())
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				old := h.cfg.Load().(Config)
				h.cfg.CompareAndSwap(old, Config{old.Name, old.N + 1})
			}
		}()
	}
	wg.Wait()
	c := h.cfg.Load().(Config)
	fmt.Println(c.Name, c.N > 1)
	fmt.Println(h.cfg.Swap(Config{"b", 2}).(Config).Name, h.cfg.Load())
	defer func() { fmt.Println("recovered:", recover()) }()
	h.cfg.Store("x")
}
