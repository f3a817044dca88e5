// sieve: the concurrent prime sieve, first 5,000 primes.
package main

import "fmt"

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	last := 0
	for i := 0; i < 5000; i++ {
		last = <-ch
		ch1 := make(chan int)
		go filter(ch, ch1, last)
		ch = ch1
	}
	fmt.Println(last)
}
