package main

import "fmt"

func main() {
	m := map[string]int{}
	k, v := "a", 1
	m[k v] = 2
	fmt.Println(m)
}
