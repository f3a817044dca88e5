package main

import "fmt"

func main() {
	x := map[string]int{
		"a": 1,
		"b": 2
	}
	fmt.Println(x)
}
