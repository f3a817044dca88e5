// reflect's Len and Cap of channels: what is buffered and the buffer's size,
// through any channel type; 0 for nil and unbuffered channels and for a
// timer's (synchronous since Go 1.23).
package main

import (
	"fmt"
	"reflect"
	"time"
)

type point struct{ x, y int }

func show(name string, c any) {
	v := reflect.ValueOf(c)
	fmt.Println(name, v.Kind(), v.Len(), v.Cap(), v.IsNil())
}

func main() {
	ints := make(chan int, 5)
	ints <- 1
	ints <- 2
	show("ints", ints)
	<-ints
	show("ints after a receive", ints)

	points := make(chan point, 3)
	points <- point{1, 2}
	show("points", points)
	var recvOnly <-chan point = points
	show("receive-only", recvOnly)

	strs := make(chan string)
	show("unbuffered", strs)
	var none chan float64
	show("nil", none)

	full := make(chan struct{}, 2)
	full <- struct{}{}
	full <- struct{}{}
	show("full", full)
	close(full)
	show("closed", full)

	t := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	show("fired timer", t.C)
}
