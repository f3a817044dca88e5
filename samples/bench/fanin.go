// fanin: 4 producers, one consumer selecting over their channels, 2,000,000 values.
package main

import "fmt"

func producer(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- 1
	}
	close(out)
}

func main() {
	const per = 500000
	a, b, c, d := make(chan int, 16), make(chan int, 16), make(chan int, 16), make(chan int, 16)
	go producer(per, a)
	go producer(per, b)
	go producer(per, c)
	go producer(per, d)
	sum, open := 0, 4
	for open > 0 {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				open--
			}
			sum += v
		case v, ok := <-b:
			if !ok {
				b = nil
				open--
			}
			sum += v
		case v, ok := <-c:
			if !ok {
				c = nil
				open--
			}
			sum += v
		case v, ok := <-d:
			if !ok {
				d = nil
				open--
			}
			sum += v
		}
	}
	fmt.Println(sum)
}
