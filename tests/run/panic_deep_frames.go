package main

import "fmt"

func rec(n int) int {
	if n == 0 {
		var a []int
		return a[n]
	}
	return rec(n-1) + 1
}

func main() {
	defer func() {
		fmt.Println("recovered after deep panic:", recover())
		fmt.Println(rec2(3))
	}()
	fmt.Println(rec(500))
}

func rec2(n int) int {
	defer func() {}()
	if n == 0 {
		return 0
	}
	return rec2(n-1) + n
}
