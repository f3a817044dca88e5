// A run-time failure is reported on the line of gc's node for it, not where
// the expression starts: an index out of range at its `[` (read or
// assigned), a division by zero at its operator — and line directives move
// them.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

var (
	i    = 5
	zero = 0
	sink int
)

// line reports the line of the innermost frame of a function literal of main
// when f panics.
func line(name string, f func()) {
	defer func() {
		r := recover()
		pcs := make([]uintptr, 20)
		frames := runtime.CallersFrames(pcs[:runtime.Callers(0, pcs)])
		for {
			fr, more := frames.Next()
			if strings.HasPrefix(fr.Function, "main.main.func") {
				file := fr.File[strings.LastIndex(fr.File, "/")+1:]
				fmt.Printf("%s: %s:%d: %v\n", name, file, fr.Line, r)
				return
			}
			if !more {
				break
			}
		}
		fmt.Println(name, "no frame")
	}()
	f()
}

func ptr() *[3]int { return new([3]int) }

func main() {
	line("read", func() {
		sink = []int{
			1,
		}[i]
	})
	line("assign", func() {
		ptr(
		)[i] = 1
	})
	line("divide", func() {
		sink = (i +
			i) / zero
	})
	line("directive", func() {
		var a []int
		sink = a /*line marker.go:1000:1*/ [i]
	})
}
