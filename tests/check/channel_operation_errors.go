// Receiving from or sending to what is not a channel, or a channel of the
// wrong direction: types2 names the type, then the operand.
package main

func main() {
	x := 1
	_ = <-x
	x <- 1
	_ = <-1
	var r <-chan int
	r <- 1
	var s chan<- int
	_ = <-s
}
