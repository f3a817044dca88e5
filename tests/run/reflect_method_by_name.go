package main

import (
	"fmt"
	"reflect"
)

type greeter struct{}

func (greeter) Hello(name string) string { return "hello, " + name }

func main() {
	m := reflect.ValueOf(greeter{}).MethodByName("Hello")
	out := m.Call([]reflect.Value{reflect.ValueOf("gopher")})
	fmt.Println(out[0], reflect.TypeOf(greeter{}).Method(0).Name)
}
