// runtime.Caller's pc names the function making the call, through small
// functions both compilers inline: FuncForPC of it, and Func.FileLine of it,
// agree with the file and line Caller reports, at every depth.
package main

import (
	"fmt"
	"path/filepath"
	"runtime"
)

type site struct {
	pc   uintptr
	file string
	line int
	ok   bool
}

var (
	depth int
	last  site
)

func leaf() {
	s := &last
	s.pc, s.file, s.line, s.ok = runtime.Caller(depth)
}

func middle() { leaf() }

func outer() { middle() }

type counter struct{ n int }

func (c *counter) where() site {
	c.n++
	outer()
	if !last.ok {
		panic(fmt.Sprintf("no frame at depth %d", depth))
	}
	return last
}

func main() {
	var c counter
	for depth = 0; depth < 6; depth++ {
		s := c.where()
		fn := runtime.FuncForPC(s.pc)
		file, line := fn.FileLine(s.pc)
		fmt.Println(depth, fn.Name(), filepath.Base(s.file), s.line, filepath.Base(file), line)
	}
	pcs := make([]uintptr, 8)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		if f.Function != "runtime.goexit" {
			fmt.Println(f.Function, filepath.Base(f.File), f.Line)
		}
		if !more {
			break
		}
	}
	fmt.Println(c.n)
}
