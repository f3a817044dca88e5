package main

import "fmt"

func main() {
	var a any = []int{1}
	var b any = []int{1}
	fmt.Println("comparing")
	fmt.Println(a == b)
}
