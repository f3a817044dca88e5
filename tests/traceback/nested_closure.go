package main

import "fmt"

func run(f func()) {
	fmt.Println("run")
	f()
}

func main() {
	var m map[string]int
	run(func() {
		run(func() {
			fmt.Println("inner")
			m["k"] = 1
		})
	})
}
