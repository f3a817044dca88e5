package main

import "fmt"

func main() {
	for x := range 3 {
		fmt.Println(x)
	}
	for x := range func(yield func(int, int, int) bool) {} {
		_ = x
	}
	var f func(func() bool)
	for range f {
	}
	for a, b := range func(yield func(int) bool) {} {
		_, _ = a, b
	}
}
