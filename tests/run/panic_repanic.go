package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("outer recovered:", r)
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Println("inner recovered:", r)
			panic(fmt.Sprint("re-", r))
		}()
		panic("first")
	}()
}
