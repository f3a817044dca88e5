// Argument-count errors of built-in and variadic calls are placed as gc
// places them: a built-in's at the call, append's with a spread argument as a
// call of func(S, ...E) S, and a misused ... at the call.
package main

func f(a int)            {}
func two() (int, int)    { return 1, 2 }
func variadic(a ...int)  {}

func main() {
	s := []int{}
	_ = len(1, 2)
	_ = cap()
	_ = append(s, 1, s...)
	_ = append(s...)
	f(s...)
	variadic(two()...)
}
