// `defer recover()`: run by the normal exit of a function that a panic called, it
// recovers that panic; run by a panic unwinding the function, it recovers nothing.
package main

import "fmt"

func report(name string) {
	fmt.Println(name, "left", recover())
}

// The deferred function's exit runs recover: panic 1 is recovered.
func exitRecovers() {
	defer report("exitRecovers")
	defer func() {
		defer recover()
	}()
	panic(1)
}

// The same with the deferred calls made by the general exit (a defer in a loop).
func exitRecoversLoop() {
	defer report("exitRecoversLoop")
	defer func() {
		for i := 0; i < 2; i++ {
			defer recover()
		}
	}()
	panic(2)
}

// Panic 4 unwinds the deferred function: its deferred recover runs from that
// panic and recovers nothing; the next deferred call recovers 4, then the
// function returns and panic 3 is recovered by report.
func unwindRecoversNothing() {
	defer report("unwindRecoversNothing")
	defer func() {
		defer func() { fmt.Println("inner", recover()) }()
		defer recover()
		panic(4)
	}()
	panic(3)
}

// Not called by a panic: recovers nothing, and the panic goes on.
func notDeferred() (r any) {
	defer func() { r = recover() }()
	func() {
		defer recover()
	}()
	panic(5)
}

func main() {
	exitRecovers()
	exitRecoversLoop()
	unwindRecoversNothing()
	fmt.Println("notDeferred", notDeferred())
	go recover()
	defer fmt.Println("main's deferred call")
	defer recover()
	panic("not recovered: main was not called by a panic")
}
