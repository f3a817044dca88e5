package main

import (
	"fmt"
	"reflect"
)

// Each way a program can look methods up by index or name makes the
// methods available: through an interface of its own, a method expression,
// a method value and a generic function.

type A int

func (A) Apple() string { return "apple" }

type B struct{}

func (*B) Banana(n int) int { return n * 2 }

type C string

func (c C) Cherry() C { return c + "!" }

type D [2]int

func (d D) Date() int { return d[0] + d[1] }

type byName interface {
	MethodByName(string) (reflect.Method, bool)
}

// a method named Method that is not reflect's
type notReflect struct{}

func (notReflect) Method(i int) int { return i }

var methodOf = reflect.Type.Method

func lookup[T interface{ Method(int) reflect.Method }](t T) reflect.Method { return t.Method(0) }

func main() {
	var t byName = reflect.TypeOf(A(0))
	m, ok := t.MethodByName("Apple")
	fmt.Println(ok, m.Func.Call([]reflect.Value{reflect.ValueOf(A(1))})[0])

	m = methodOf(reflect.TypeOf(&B{}), 0)
	fmt.Println(m.Name, m.Func.Interface().(func(*B, int) int)(&B{}, 21))

	byIndex := reflect.ValueOf(C("hi")).Method
	fmt.Println(byIndex(0).Call(nil)[0])

	m = lookup(reflect.TypeOf(D{3, 4}))
	fmt.Println(m.Name, m.Type, m.Func.Call([]reflect.Value{reflect.ValueOf(D{3, 4})})[0])

	fmt.Println(notReflect{}.Method(5))
}
