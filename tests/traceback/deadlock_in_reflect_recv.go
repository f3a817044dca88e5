package main

import (
	"fmt"
	"reflect"
)

func main() {
	ch := make(chan int)
	fmt.Println("waiting")
	x, ok := reflect.ValueOf(ch).Recv()
	fmt.Println(x, ok)
}
