package main

import "fmt"

func main() {
	var a [2, 3]int
	fmt.Println(a)
}
