package main

import (
	"fmt"
	"reflect"
)

func main() {
	var x any = 42
	v := reflect.ValueOf(&x).Elem()
	fmt.Println(v.InterfaceData())
}

// minigo rejects this program on purpose: an interface's words are not Go's (its reflect has no InterfaceData); Go accepts this program.
// minigo-want: reflect_unsupported_methods.go:11:16: minigo does not support reflect.Value.InterfaceData
