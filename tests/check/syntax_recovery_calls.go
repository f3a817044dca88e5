package main

import "fmt"

func main() {
	defer fmt.Println("x"))
	go func() {
		fmt.Println("y")
	}
	ch := make(chan int
	ch <- 1
}
