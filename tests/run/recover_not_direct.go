package main

import "fmt"

func helper() any { return recover() }

func tryIndirect() (r any) {
	defer func() {
		r = helper() // not called directly by the deferred function: nil
		if r == nil {
			r = recover()
		}
	}()
	panic("boom")
}

func noPanic() any {
	defer func() {}()
	return recover()
}

func afterRecover() {
	defer func() {
		fmt.Println("second recover:", recover())
	}()
	defer func() {
		fmt.Println("first recover:", recover())
	}()
	panic("once")
}

func main() {
	fmt.Println(tryIndirect())
	fmt.Println(noPanic())
	afterRecover()
	fmt.Println(recover())
}
