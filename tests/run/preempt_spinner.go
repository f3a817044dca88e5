package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(1)
	go func() {
		for {
		}
	}()
	go func() {
		i := 0
		for {
			i++
		}
	}()
	runtime.Gosched()
	fmt.Println("main finishes")
}
