package main

import "fmt"

func main() {
	a := []int{1, 2}
	k := 1
	fmt.Println(a[0:,:k])
}
