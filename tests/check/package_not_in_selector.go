package main

import "fmt"

var p = fmt

func main() {
	fmt.Println(p)
}
