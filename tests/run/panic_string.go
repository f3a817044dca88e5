package main

import "fmt"

func main() {
	fmt.Print("partial line")
	panic("something bad happened")
}
