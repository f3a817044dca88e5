package main

import "fmt"

x := 1

type T struct {
	a, b int,
	c string
}

func f(a, b int, c) {
}

var y = []int{1, 2 3}

func g() int {
	return 1 2
}

type U

func main() {
	fmt.Println(T{}, y, g())
}
