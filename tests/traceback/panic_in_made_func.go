package main

import "reflect"

func main() {
	f := reflect.MakeFunc(reflect.TypeOf(func(int) {}), func(in []reflect.Value) []reflect.Value {
		panic("inside")
	}).Interface().(func(int))
	f(1)
}
