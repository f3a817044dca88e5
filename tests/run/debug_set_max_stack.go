// debug.SetMaxStack returns the previous limit and lowers it: a stack that would
// grow past it is a fatal overflow (and 1 MB objects stay on the heap).
package main

import (
	"fmt"
	"runtime/debug"
)

type Foo struct {
	A [1 << 20]byte
	B string
}

func run(c chan bool) {
	f := new(Foo)
	*f = Foo{B: "hello"}
	c <- true
}

func deep(n int) int {
	var pad [64]int
	pad[n%64] = n
	if n == 0 {
		return pad[0]
	}
	return deep(n-1) + pad[n%64]
}

func main() {
	fmt.Println(debug.SetMaxStack(1 << 16))
	c := make(chan bool)
	go run(c)
	<-c
	fmt.Println(debug.SetMaxStack(1<<20), deep(100))
	fmt.Println(deep(100000))
}
