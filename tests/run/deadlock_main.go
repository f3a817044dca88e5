package main

import "fmt"

func main() {
	fmt.Println("waiting forever")
	c := make(chan int)
	c <- 1
}
