package main

import "runtime"

func foo(runtime.UintType, i int) {}

func main() {}
