package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("main running")
	go func() {
		var m map[int]int
		m[1] = 2
	}()
	time.Sleep(time.Second)
	fmt.Println("unreachable")
}
