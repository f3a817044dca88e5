package main

import "fmt"

func main() {
	var x interface {
		b()
		fmt.Stringer
		a()
		B()
	} = 5
	_ = x
}
