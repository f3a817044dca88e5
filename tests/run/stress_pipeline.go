package main

import "fmt"

// A 10,000-stage pipeline: each stage adds one and passes the value on.
func main() {
	const stages = 10000
	first := make(chan int)
	in := first
	for i := 0; i < stages; i++ {
		out := make(chan int)
		go func(in <-chan int, out chan<- int) {
			for v := range in {
				out <- v + 1
			}
			close(out)
		}(in, out)
		in = out
	}
	go func() {
		for i := 0; i < 20; i++ {
			first <- i * 1000
		}
		close(first)
	}()
	sum := 0
	for v := range in {
		sum += v
	}
	fmt.Println(sum)
}
