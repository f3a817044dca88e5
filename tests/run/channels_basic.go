package main

import "fmt"

func producer(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i * i
	}
	close(out)
}

func main() {
	ch := make(chan int)
	go producer(5, ch)
	for v := range ch {
		fmt.Println(v)
	}
	buf := make(chan string, 2)
	buf <- "a"
	buf <- "b"
	fmt.Println(len(buf), cap(buf), <-buf, <-buf)
	v, ok := <-ch
	fmt.Println(v, ok)
	done := make(chan struct{})
	go func() {
		fmt.Println("worker")
		done <- struct{}{}
	}()
	<-done
}
