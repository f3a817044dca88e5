package main

import (
	"fmt"
	"reflect"
)

func boom(s string) int { panic("boom: " + s) }

func main() {
	fmt.Println("calling")
	reflect.ValueOf(boom).Call([]reflect.Value{reflect.ValueOf("unrecovered")})
}
