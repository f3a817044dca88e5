package main

import "fmt"

// A tight loop without calls: what the back-edge preemption poll costs.
func collatzSteps(limit int) int {
	total := 0
	for i := 1; i < limit; i++ {
		n := i
		for n != 1 {
			if n%2 == 0 {
				n /= 2
			} else {
				n = 3*n + 1
			}
			total++
		}
	}
	return total
}

func main() {
	fmt.Println(collatzSteps(3000000))
}
