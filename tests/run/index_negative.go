package main

import "fmt"

func get(a [4]string, i int) string { return a[i] }

func main() {
	var a [4]string
	fmt.Println(get(a, -2))
}
