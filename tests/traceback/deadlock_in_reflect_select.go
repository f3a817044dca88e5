package main

import (
	"fmt"
	"reflect"
)

func main() {
	ch := make(chan int)
	fmt.Println("waiting")
	reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(ch)}})
}
