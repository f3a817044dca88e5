package main

import "fmt"

func f() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println(f())
	func() {
		defer fmt.Println("inner defer")
		fmt.Println("inner body")
	}()
}
