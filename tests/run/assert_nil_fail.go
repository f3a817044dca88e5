package main

import "fmt"

func main() {
	var e error
	fmt.Println(e == nil)
	s := e.(fmt.Stringer)
	fmt.Println(s)
}
