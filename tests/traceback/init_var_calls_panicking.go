package main

import "fmt"

var x = f()

//go:noinline
func f() int {
	var m map[string]int
	m["a"] = 1
	return 1
}

func init() { fmt.Println("init") }

func main() { fmt.Println("unreachable", x) }
