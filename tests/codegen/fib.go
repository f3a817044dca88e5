package main

// The stack-check prologue: `stack_limit = load g+16` in CLIF, the compare with
// rsp and the stk_ovf trap in the machine code; and the function inlined into
// its own two calls, one level deep.
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() { println(fib(10)) }
