// tokenring: a token passed 10,000,000 times around a ring of 503 goroutines.
package main

import "fmt"

func main() {
	const n = 503
	const hops = 10000000
	first := make(chan int)
	in := first
	done := make(chan int)
	for i := 1; i <= n; i++ {
		out := first
		if i < n {
			out = make(chan int)
		}
		go func(id int, in, out chan int) {
			for t := range in {
				if t == 0 {
					done <- id
					return
				}
				out <- t - 1
			}
		}(i, in, out)
		in = out
	}
	first <- hops
	fmt.Println(<-done)
}
