package main

import "fmt"

func main() {
	c := make(chan string, 3)
	fmt.Println(len(c), cap(c))
	c <- "a"
	c <- "b"
	fmt.Println(len(c), cap(c))
	fmt.Println(<-c)
	c <- "c"
	c <- "d"
	close(c)
	for s := range c {
		fmt.Print(s, " ")
	}
	fmt.Println()
	v, ok := <-c
	fmt.Printf("%q %v\n", v, ok)
	var nilc chan int
	fmt.Println(len(nilc), cap(nilc), nilc == nil)
	select {
	case nilc <- 1:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channel never ready")
	}
	sc := make(chan struct{}, 1)
	sc <- struct{}{}
	_, ok = <-sc
	fmt.Println(ok)
	cc := make(chan chan int, 1)
	inner := make(chan int, 1)
	cc <- inner
	(<-cc) <- 7
	fmt.Println(<-inner)
	type pt struct{ x, y int }
	pc := make(chan pt, 2)
	pc <- pt{1, 2}
	pc <- pt{3, 4}
	fmt.Println(<-pc, <-pc)
	big := make(chan [100]int, 1)
	var arr [100]int
	arr[99] = 5
	big <- arr
	fmt.Println((<-big)[99])
}
