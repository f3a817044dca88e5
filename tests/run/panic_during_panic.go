package main

import "fmt"

func main() {
	defer fmt.Println("outermost defer")
	defer func() {
		panic("panic in defer")
	}()
	panic("original")
}
