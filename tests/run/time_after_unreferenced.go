package main

// Timers nobody can receive from are collected, as in Go since 1.23: a
// select loop that arms time.After(time.Hour) on every iteration, which
// another case always wins, keeps no memory for the hour; nor do stopped
// timers, tickers and contexts with timeouts. A goroutine blocked on a
// timer's channel, holding no other reference to it, still gets its value.

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

func heapMB() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc >> 20
}

func main() {
	ch := make(chan int, 1)
	n := 0
	for i := 0; i < 300000; i++ {
		ch <- i
		select {
		case v := <-ch:
			n += v & 1
		case <-time.After(time.Hour):
			fmt.Println("timeout")
		}
	}
	fmt.Println(n, heapMB() < 10)
	for i := 0; i < 60000; i++ {
		ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
		cancel()
		<-ctx.Done()
		t := time.NewTimer(time.Hour)
		t.Stop()
		time.NewTicker(time.Hour).Stop()
	}
	fmt.Println(heapMB() < 10)
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			<-time.After(20 * time.Millisecond)
			done <- true
		}()
	}
	runtime.GC()
	runtime.GC()
	fmt.Println(<-done, <-done, <-done)
}
