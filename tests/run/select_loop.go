package main

import "fmt"

func main() {
	data := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 5; i++ {
			data <- i
		}
		quit <- true
	}()
	sum := 0
loop:
	for {
		select {
		case v := <-data:
			sum += v
		case <-quit:
			break loop
		}
	}
	fmt.Println("sum", sum)
	c := make(chan int, 1)
	for i := 0; i < 4; i++ {
		select {
		case c <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full at", i)
			fmt.Println("drained", <-c)
		}
	}
	counts := map[string]int{}
	a, b := make(chan int, 100), make(chan int, 100)
	for i := 0; i < 100; i++ {
		a <- i
		b <- i
	}
	for i := 0; i < 100; i++ {
		select {
		case <-a:
			counts["a"]++
		case <-b:
			counts["b"]++
		}
	}
	fmt.Println(counts["a"]+counts["b"], counts["a"] > 20, counts["b"] > 20)
	var v, ok = 0, false
	closed := make(chan int)
	close(closed)
	select {
	case v, ok = <-closed:
	}
	fmt.Println(v, ok)
}
