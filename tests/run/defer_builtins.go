package main

import "fmt"

func producer(ch chan int) {
	defer close(ch)
	for i := 0; i < 3; i++ {
		ch <- i
	}
}

func main() {
	ch := make(chan int)
	go producer(ch)
	for v := range ch {
		fmt.Println("got", v)
	}
	defer println("builtin println deferred")
	defer print("builtin print deferred\n")
	fmt.Println("main ends")
}
