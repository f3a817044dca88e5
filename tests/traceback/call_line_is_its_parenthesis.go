package main

import (
	"fmt"
	"runtime"
)

type T struct{}

func (T) Where() T {
	_, _, line, _ := runtime.Caller(1)
	fmt.Println("called from line", line)
	return T{}
}

func boom(a, b int) int { return a / b }

func main() {
	var t T
	t.
		Where().
		Where()
	func() {
		_, _, line, _ := runtime.Caller(1)
		fmt.Println("literal called from", line)
	}()
	x := 0
	fmt.Println(boom(
		1,
		x,
	))
}
