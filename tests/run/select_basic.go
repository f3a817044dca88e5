package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan string, 1)
	a <- 1
	select {
	case v := <-a:
		fmt.Println("a", v)
	case s := <-b:
		fmt.Println("b", s)
	}
	select {
	case v := <-a:
		fmt.Println("a", v)
	default:
		fmt.Println("nothing ready")
	}
	quit := make(chan bool)
	res := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			res <- i
		}
		quit <- true
	}()
	for {
		select {
		case v := <-res:
			fmt.Println("got", v)
		case <-quit:
			fmt.Println("quit")
			return
		}
	}
}
