package main

// A switch's tag that is a statement other than an expression: gc's "cannot
// use ... as value" at its operator.

func main() {
	x := 3
	ch := make(chan int)
	switch x++ {
	}
	switch x = 1 {
	}
	switch ch <- 1 {
	}
	switch x += 2 {
	}
	switch x, y := 1, 2 {
	}
}
