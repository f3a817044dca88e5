package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(300 * time.Millisecond)
		fmt.Println("other goroutine finishes")
	}()
	defer fmt.Println("main's defer runs")
	runtime.Goexit()
}
