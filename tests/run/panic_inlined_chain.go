// A panic three inlined calls deep, and runtime.Caller two inlined calls deep:
// Go inlines small functions into small functions, and the traceback and
// Caller name every inlined frame.
package main

import (
	"fmt"
	"runtime"
)

type stack struct{ xs []int }

func (s *stack) at(i int) int { return s.xs[i] }

func (s *stack) top() int { return s.at(len(s.xs) - 1) }

func peek(s *stack) int { return s.top() + 1 }

func where() int {
	_, _, line, _ := runtime.Caller(1)
	return line
}

func inner() int { return where() }

func outer() int { return inner() }

func main() {
	fmt.Println(outer())
	s := &stack{xs: []int{1, 2, 3}}
	fmt.Println(peek(s))
	s.xs = s.xs[:0]
	fmt.Println(peek(s))
}
