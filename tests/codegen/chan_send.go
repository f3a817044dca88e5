package main

// Channel operations pass the element through g.scratch (heap memory), never
// through the goroutine's stack.
func produce(c chan int, v int) { c <- v * 2 }

func consume(c chan int) int { return <-c }

func main() {
	c := make(chan int, 1)
	produce(c, 21)
	println(consume(c))
}
