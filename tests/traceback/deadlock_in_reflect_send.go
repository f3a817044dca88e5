package main

import (
	"fmt"
	"reflect"
)

func main() {
	ch := make(chan int)
	fmt.Println("waiting")
	reflect.ValueOf(ch).Send(reflect.ValueOf(1))
}
