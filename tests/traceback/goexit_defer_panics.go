package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		defer func() {
			panic("in goexit defer")
		}()
		runtime.Goexit()
	}()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("unreachable")
}
