// runtime.Caller, Callers, CallersFrames and FuncForPC, and log's file flags
// that use them. (File names are printed without their directory, which
// differs between machines.)
package main

import (
	"fmt"
	"log"
	"os"
	"runtime"
	"strings"
)

func where(skip int) string {
	pc, file, line, ok := runtime.Caller(skip)
	return fmt.Sprintf("%s:%d %v %s", file[strings.LastIndex(file, "/")+1:], line, ok, runtime.FuncForPC(pc).Name())
}

type T struct{}

func (T) method() string { return where(1) }

func outer() []string {
	pcs := make([]uintptr, 10)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var names []string
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "main.") {
			names = append(names, fmt.Sprintf("%s:%d", f.Function, f.Line))
		}
		if !more {
			break
		}
	}
	return names
}

func main() {
	fmt.Println(where(0))
	fmt.Println(where(1))
	fmt.Println(T{}.method())
	func() {
		fmt.Println(where(1))
	}()
	_, _, _, ok := runtime.Caller(100)
	fmt.Println(ok)
	fmt.Println(outer())
	fmt.Println(runtime.FuncForPC(0) == nil, runtime.FuncForPC(0).Name() == "")

	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	log.Print("short")
	log.SetFlags(log.Lshortfile | log.Lmsgprefix)
	log.SetPrefix("pfx: ")
	log.Println("with prefix")
	l := log.New(os.Stdout, "", log.Lshortfile)
	l.Printf("logger %d", 1)
	l.Output(1, "output depth 1")
}
