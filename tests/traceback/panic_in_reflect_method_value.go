package main

import (
	"fmt"
	"reflect"
)

type T struct{ n int }

func (t T) Div(d int) int { return t.n / d }

func main() {
	f := reflect.ValueOf(T{6}).MethodByName("Div").Interface().(func(int) int)
	fmt.Println(f(3))
	fmt.Println(f(0))
}
