// Small functions that call themselves twice, which minigo inlines into
// themselves over several rounds (gc inlines no recursion): they compute what
// Go computes, and a panic at the bottom of one has every call on the way down
// as a frame of its traceback, as Go prints it, whether a real call or an
// inlined copy's. (runtime.Callers counts the frames of one too large to be
// inlined so.)
package main

import (
	"fmt"
	"runtime"
)

func calls(n int) int {
	if n == 0 {
		pcs := make([]uintptr, 64)
		frames := runtime.CallersFrames(pcs[:runtime.Callers(1, pcs)])
		k := 0
		for f, more := frames.Next(); more; f, more = frames.Next() {
			if f.Function == "main.calls" {
				k++
			}
		}
		return k
	}
	return calls(n-1) + calls(n-1)
}

func count(n int, leaves []int) int {
	if n <= 0 {
		return leaves[-n]
	}
	return count(n-1, leaves) + count(n-2, leaves)
}

func sum(n int) int {
	if n == 0 {
		var s []int
		return s[n]
	}
	return sum(n-1) + sum(n-1)
}

func main() {
	fmt.Println(calls(6))
	fmt.Println(count(10, []int{1, 1}))
	defer func() { fmt.Println("recovered:", recover(), sum(0) + 1) }()
	fmt.Println(sum(3) + count(10, []int{1}))
}
