package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1), max("a", "b", "ab"))
	x, y := 10, 20
	fmt.Println(min(x, y), max(x, y, 15))
	var f float64 = 3
	fmt.Println(max(f, 2.5), min(f, 7))
	const c = max(1, 2.5)
	fmt.Println(c)
}
