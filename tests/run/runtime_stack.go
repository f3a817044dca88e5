// runtime.Stack (one goroutine or all), debug.Stack, and a buffer too small.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

func inner() string {
	buf := make([]byte, 4096)
	n := runtime.Stack(buf, false)
	return string(buf[:n])
}

func main() {
	s := inner()
	lines := strings.Split(s, "\n")
	fmt.Println(lines[0], strings.Contains(s, "main.inner("), strings.Contains(s, "main.main()"), strings.Contains(s, "st.go:"))
	done := make(chan bool)
	go func() { <-done }()
	// (until the goroutine has run to its receive: on a loaded machine one
	// Gosched may not be enough)
	buf := make([]byte, 1<<16)
	var all string
	for i := 0; i < 1000 && !strings.Contains(all, "[chan receive]"); i++ {
		runtime.Gosched()
		all = string(buf[:runtime.Stack(buf, true)])
	}
	fmt.Println(strings.Count(all, "goroutine ") >= 2, strings.Contains(all, "[chan receive]"))
	close(done)
	d := string(debug.Stack())
	fmt.Println(strings.HasPrefix(d, "goroutine 1 [running]:"), strings.Contains(d, "main.main()"))
	small := make([]byte, 10)
	fmt.Println(runtime.Stack(small, false), string(small))
}
