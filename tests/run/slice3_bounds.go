package main

import "fmt"

func main() {
	a := [5]int{1, 2, 3, 4, 5}
	s := a[1:2:3]
	fmt.Println(s, len(s), cap(s))
	j, k := 2, 1
	fmt.Println(a[0:j:k])
}
