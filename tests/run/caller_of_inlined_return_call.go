package main

import (
	"fmt"
	"runtime"
)

func where(skip int) string {
	_, file, line, _ := runtime.Caller(skip)
	return fmt.Sprint(file[len(file)-6:], line)
}

func method() string { return where(1) }

func main() {
	fmt.Println(method())
	s := method()
	fmt.Println(s)
}
