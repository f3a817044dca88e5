package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime.Error=%v) %T\n", name, r, isRuntime, r)
	}()
	f()
}

type T struct{ x int }

func main() {
	var s []int
	var m map[string]int
	var p *T
	var i any = "str"
	var z int
	try("index", func() { _ = s[3] })
	try("slice", func() { _ = s[1:5] })
	try("nilmap", func() { m["a"] = 1 })
	try("div", func() { fmt.Println(10 / z) })
	try("nilptr", func() { fmt.Println(p.x) })
	try("assert", func() { fmt.Println(i.(int)) })
	try("custom", func() { panic(T{7}) })
	try("error", func() { panic(fmt.Errorf("e%d", 1)) })
	try("nil", func() { panic(nil) })
	try("shift", func() { n := -1; fmt.Println(1 << n) })
	try("conv", func() { a := []int{1}; _ = [2]int(a) })
	try("none", func() {})
}
