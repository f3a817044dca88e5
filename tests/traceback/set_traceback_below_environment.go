package main

import (
	"fmt"
	"runtime/debug"
)

func main() {
	debug.SetTraceback("none")
	fmt.Println("before")
	var m map[string]int
	m["x"] = 1
}
