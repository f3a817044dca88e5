package main

import "fmt"

func init() { fmt.Println("one") }
func init() {
	func() {
		panic(fmt.Sprintf("in init %d", 2))
	}()
}

func main() {}
