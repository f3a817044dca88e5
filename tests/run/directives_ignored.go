//go:build linux || !linux

// Package main shows directives.
package main

import "fmt"

//go:generate echo hi

//go:noinline
func add(a, b int) int { return a + b }

//go:nosplit
//go:norace
func (t T) M() int { return int(t) }

type T int

var (
	//go:generate x
	v = 1
)

func main() {
	//go:generate y
	fmt.Println(add(1, 2), T(3).M(), v)
	switch {
	case true:
		//go:unknown
		var x = 5
		fmt.Println(x)
	}
}
