package main

import (
	"fmt"
	"reflect"
)

func main() {
	t := reflect.SliceOf(reflect.TypeOf(0))
	fmt.Println(t, reflect.MapOf(reflect.TypeOf(""), t))
}

// minigo rejects this program on purpose: its reflect makes values of the program's types but no new types; Go accepts this program.
// minigo-want: reflect_unsupported_names.go:9:15: minigo does not support reflect.SliceOf
