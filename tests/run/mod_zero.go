package main

import "fmt"

func main() {
	var z uint8
	x := uint8(7)
	fmt.Println(x % 3)
	fmt.Println(x % z)
}
