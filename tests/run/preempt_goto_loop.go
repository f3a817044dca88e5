package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(1)
	go func() {
		n := 0
	loop:
		n++
		goto loop
	}()
	ch := make(chan int)
	go func() {
		for i := range 3 {
			ch <- i
		}
		close(ch)
	}()
	for v := range ch {
		runtime.Gosched()
		fmt.Println(v)
	}
}
