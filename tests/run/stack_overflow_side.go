package main

import "fmt"

// Each frame keeps an 80 KB array on its goroutine's side stack (gc: on its
// stack); unbounded recursion overflows the 1 GB limit all the same.
func grow(n int) int {
	var a [10000]int
	a[n%10000] = n
	return grow(n+1) + a[(n+1)%10000]
}

func main() {
	fmt.Println("before")
	fmt.Println(grow(0))
}
