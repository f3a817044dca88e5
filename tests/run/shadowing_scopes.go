package main

import "fmt"

var x = "package"

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
	}
	if x := 1; x > 0 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	for x := 0; x < 1; x++ {
		fmt.Println("for", x)
	}
	fmt.Println(x)
	a, b := 1, 2
	b, c := 3, 4
	fmt.Println(a, b, c)
}
