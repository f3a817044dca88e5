package main

import (
	"fmt"
	"reflect"
)

func main() {
	ch := make(chan int, 1)
	ch <- 7
	cases := []reflect.SelectCase{{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(ch)}}
	chosen, v, ok := reflect.Select(cases)
	fmt.Println(chosen, v, ok)
}

// minigo rejects this program on purpose: its reflect cannot block a goroutine on channels; Go accepts this program.
// minigo-want: reflect_unsupported_names.go:11:21: minigo does not support reflect.SelectCase
