package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["x"], len(m))
	delete(m, "x")
	m["x"] = 1
}
