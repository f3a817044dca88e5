// sync.Mutex under contention: waiters that park and are woken, goroutines
// spinning for a briefly held mutex, starvation mode (a waiter that has waited
// over 1 ms is handed the mutex ahead of arrivals), TryLock in each state, and
// a mutex locked in one goroutine and unlocked in another.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	// contention with the holder descheduled inside the critical section
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				mu.Lock()
				total++
				if i%50 == 0 {
					runtime.Gosched()
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("total", total)

	// a goroutine that re-locks at once keeps the mutex from a waiter only
	// until the waiter has waited 1 ms: then the mutex is handed to it
	var hog sync.Mutex
	stop := make(chan bool)
	hogging := make(chan bool)
	go func() {
		hog.Lock()
		hogging <- true
		for {
			select {
			case <-stop:
				hog.Unlock()
				return
			default:
			}
			until := time.Now().Add(100 * time.Microsecond)
			for time.Now().Before(until) {
			}
			hog.Unlock()
			hog.Lock()
		}
	}()
	<-hogging
	fmt.Println("TryLock while held:", hog.TryLock())
	start := time.Now()
	hog.Lock()
	waited := time.Since(start)
	fmt.Println("waiter got the mutex within 2 s:", waited < 2*time.Second)
	hog.Unlock()
	close(stop)

	// locked here, unlocked by another goroutine
	var handoff sync.Mutex
	handoff.Lock()
	done := make(chan bool)
	go func() {
		handoff.Lock() // waits for main's goroutine below to unlock
		fmt.Println("second Lock after another goroutine's Unlock")
		handoff.Unlock()
		done <- true
	}()
	go func() {
		time.Sleep(time.Millisecond)
		handoff.Unlock()
	}()
	<-done
	fmt.Println("TryLock when free:", handoff.TryLock())
	handoff.Unlock()

	// RWMutex writers and readers over the same Mutex
	var rw sync.RWMutex
	shared := map[int]int{}
	for w := 0; w < 4; w++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				rw.Lock()
				shared[i%10]++
				rw.Unlock()
			}
		}()
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				rw.RLock()
				_ = shared[i%10]
				rw.RUnlock()
			}
		}()
	}
	wg.Wait()
	sum := 0
	for _, v := range shared {
		sum += v
	}
	fmt.Println("writes", sum)
}
