package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := 0
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for ready == 0 {
				cond.Wait()
			}
			ready++
			mu.Unlock()
		}()
	}
	mu.Lock()
	ready = 1
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println(ready)
	q := []int{}
	var qm sync.Mutex
	qc := sync.NewCond(&qm)
	done := make(chan bool)
	go func() {
		qm.Lock()
		for len(q) == 0 {
			qc.Wait()
		}
		fmt.Println("consumed", q[0])
		qm.Unlock()
		done <- true
	}()
	qm.Lock()
	q = append(q, 99)
	qc.Signal()
	qm.Unlock()
	<-done
}
