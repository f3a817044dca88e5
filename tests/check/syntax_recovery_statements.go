package main

import "fmt"

func main() {
	x := 1
	if {
		fmt.Println(x)
	}
	fmt.Println(x y)
	for i := 0; i < 3; i := i + 1 {
	}
	if var v = 2; v > 1 {
	}
	s := []int{1, 2, 3}
	_ = s[1::3]
	_ = s[1:2:]
	x = x + * 2
	switch {
	case x > 0: fmt.Println(x) case x < 0:
	}
	var c chan
	fmt.Println(c)
}
