package main

import "fmt"

var unused = map[any]int{[]int{1}: 1}

func main() { fmt.Println("unreachable") }
