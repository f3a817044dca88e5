package main

import (
	"fmt"
	. "unsafe"
)

func main() {
	var x int32
	fmt.Println(Sizeof(x), Alignof(x))
}
