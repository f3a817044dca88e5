package main

import (
	"fmt"
	"reflect"
)

func main() {
	ch := make(chan string, 1)
	v := reflect.ValueOf(ch)
	v.Send(reflect.ValueOf("gopher"))
	fmt.Println(v.Len(), <-ch)
}

// minigo rejects this program on purpose: its reflect cannot block a goroutine on a channel; Go accepts this program.
// minigo-want: reflect_unsupported_chan_methods.go:11:4: minigo does not support reflect.Value.Send
