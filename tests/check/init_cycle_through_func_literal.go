// A package-level variable referred to in a function literal of its own
// initializer is an initialization cycle, called or not; and a literal's
// references count as its variable's dependencies in the initialization
// order.
package main

import "fmt"

var handler = func(n int) int {
	if n > 0 {
		return handler(n - 1)
	}
	return 0
}

var first = func() int { return second + 1 }()

var second = 41

func main() {
	fmt.Println(handler(3), first)
}
