package main

import (
	"runtime"
)

func main() {
	ch := make(chan int)
	go func() {
		defer func() {
			ch <- 1
		}()
		runtime.Goexit()
	}()
	defer func() {
		<-make(chan int)
	}()
	runtime.Goexit()
}
