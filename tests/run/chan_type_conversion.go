// Conversions to unparenthesised channel types: `chan T(x)`, `chan<- T(x)`, and
// `<-chan T(c)`, which the spec reads as a receive from `chan T(c)`.
package main

import "fmt"

func main() {
	var x interface{} = chan bool(nil)
	fmt.Printf("%T %v\n", x, x)
	c := make(chan int, 1)
	c <- 5
	fmt.Println(<-chan int(c))
	var r <-chan int = c
	c <- 6
	fmt.Println(<-r, len([]chan int{chan int(c)}))
	s := chan<- int(c)
	s <- 7
	fmt.Printf("%T %v\n", (<-chan int)(c), <-c)
	m := map[string]chan int{"a": c}
	fmt.Println(len(m), cap(chan int(m["a"])))
	var rr <-chan <-chan int
	fmt.Printf("%T\n", rr)
	f := func(ch <-chan int) int { return len(ch) }
	fmt.Println(f(c), f(make(<-chan int)))
}
