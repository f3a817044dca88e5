package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
		var c chan bool
		close(c)
	}()
	c := make(chan int)
	close(c)
	c <- 5
}
