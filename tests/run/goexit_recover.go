package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() {
			fmt.Println("recover during Goexit:", recover())
		}()
		func() {
			defer fmt.Println("inner defer runs")
			runtime.Goexit()
		}()
		fmt.Println("not reached")
	}()
	<-done
	fmt.Println("main done")
}
