package main

import "fmt"

func main() {
	defer fmt.Println("deferred print runs")
	defer func() {
		panic(fmt.Sprint("second: ", recover()))
	}()
	panic("first")
}
