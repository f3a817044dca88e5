// A select of one case and no default is that case's operation (gc compiles
// it so): break, a receive with ok, into an index expression, a send.

package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for i := 0; i < 4; i++ {
		select {
		case v, ok := <-ch:
			fmt.Println("got", v, ok)
			if !ok {
				break
			}
			fmt.Println("after break check")
		}
	}
	done := make(chan struct{})
	go func() {
		select {
		case <-done:
			fmt.Println("done received")
		}
		done <- struct{}{}
	}()
	select {
	case done <- struct{}{}:
	}
	<-done
	var arr [2]int
	c2 := make(chan int, 1)
	c2 <- 7
	select {
	case arr[1] = <-c2:
	}
	fmt.Println(arr)
L:
	for {
		c2 <- 8
		select {
		case x := <-c2:
			fmt.Println(x)
			break L
		}
	}
}
