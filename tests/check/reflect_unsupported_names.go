package main

import (
	"fmt"
	"reflect"
)

func main() {
	f := reflect.MakeFunc(reflect.TypeOf(func() {}), nil)
	fmt.Println(f, reflect.New(reflect.TypeOf(0)))
}

// minigo rejects this program on purpose: its reflect reads and sets values but makes no new functions, types or values; Go accepts this program.
// minigo-want: reflect_unsupported_names.go:9:15: minigo does not support reflect.MakeFunc
