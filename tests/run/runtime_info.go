package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	var wg sync.WaitGroup
	block := make(chan bool)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			wg.Done()
			<-block
		}()
	}
	wg.Wait()
	fmt.Println(runtime.NumGoroutine())
	close(block)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println(runtime.NumGoroutine())
	prev := runtime.GOMAXPROCS(3)
	fmt.Println(prev > 0, runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(prev)
	fmt.Println(runtime.NumCPU() > 0, runtime.GOOS, runtime.GOARCH)
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Println("g", i)
			runtime.Gosched()
		}
		done <- true
	}()
	<-done
}
