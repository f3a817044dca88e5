// runtime.Callers and Caller see Go's outermost frames: runtime.main
// (which calls main.main) and runtime.goexit (below every goroutine).

package main

import (
	"fmt"
	"runtime"
)

func show() {
	pcs := make([]uintptr, 20)
	k := runtime.Callers(0, pcs)
	frames := runtime.CallersFrames(pcs[:k])
	for {
		fr, more := frames.Next()
		fmt.Println(fr.Function, fr.Line, fr.File != "")
		if !more {
			break
		}
	}
	for i := 0; i < 6; i++ {
		pc, _, line, ok := runtime.Caller(i)
		fmt.Println(i, runtime.FuncForPC(pc).Name(), line, ok)
	}
}

func main() {
	show()
	done := make(chan bool)
	go func() { show(); done <- true }()
	<-done
	func() {
		defer func() { recover(); show() }()
		panic(1)
	}()
}
