package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func sum(n int, acc int64) int64 {
	if n == 0 {
		return acc
	}
	return sum(n-1, acc+int64(n))
}

func main() {
	fmt.Println(depth(10000000))
	fmt.Println(sum(5000000, 0))
	// after the deep call the stack may shrink; deep again
	fmt.Println(depth(1000000))
}
