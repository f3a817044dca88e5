package main

import (
	"fmt"
	"runtime"
)

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("my error %d", e.code) }

func catch(f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			fmt.Println("runtime error:", re.Error())
			return
		}
		if e, ok := r.(error); ok {
			fmt.Println("error:", e)
			return
		}
		fmt.Printf("other: %v (%T)\n", r, r)
	}()
	f()
}

func main() {
	var arr []int
	var m map[string]int
	var p *myErr
	var i any = "str"
	catch(func() { _ = arr[3] })
	catch(func() { m["a"] = 1 })
	catch(func() { _ = p.code })
	catch(func() { _ = i.(int) })
	catch(func() { panic(&myErr{7}) })
	catch(func() { panic(fmt.Sprintf("%d", 42)) })
	catch(func() { panic(3.5) })
	x := 0
	catch(func() { _ = 10 / x })
	catch(func() { _ = arr[1:5] })
}
