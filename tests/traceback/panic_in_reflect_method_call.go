package main

import (
	"fmt"
	"reflect"
)

type T struct{ n int }

func (t *T) Div(d int) int { return t.n / d }

func main() {
	m := reflect.ValueOf(&T{6}).Method(0)
	fmt.Println(m.Call([]reflect.Value{reflect.ValueOf(2)})[0])
	fmt.Println(m.Call([]reflect.Value{reflect.ValueOf(0)})[0])
}
