// Values reached through a pointer, a slice element or their fields are
// settable; copies and unexported fields are not, and setting them panics
// with Go's messages; a reflect.Value prints as the value it holds.
package main

import (
	"fmt"
	"reflect"
)

type config struct {
	Name    string
	Port    int16
	Ratio   float32
	On      bool
	Limit   uint8
	Extra   any
	private int
}

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(what+":", r)
		}
	}()
	f()
}

func main() {
	c := config{Name: "a", Port: 80}
	v := reflect.ValueOf(&c).Elem()
	fmt.Println(v.CanSet(), v.Field(0).CanSet(), v.Field(6).CanSet(), reflect.ValueOf(c).Field(0).CanSet())
	v.Field(0).SetString("b")
	v.Field(1).SetInt(8080)
	v.Field(2).SetFloat(0.5)
	v.Field(3).SetBool(true)
	v.Field(4).SetUint(300) // truncated to uint8
	v.Field(5).Set(reflect.ValueOf([]int{1}))
	fmt.Printf("%+v\n", c)
	v.Field(0).Set(reflect.ValueOf("via Set"))
	fmt.Println(c.Name, v.Field(0), v.Field(1), v.Field(5))
	xs := []int{1, 2, 3}
	reflect.ValueOf(xs).Index(1).SetInt(20)
	fmt.Println(xs)
	arr := [2]string{"x", "y"}
	reflect.ValueOf(&arr).Elem().Index(0).SetString("X")
	fmt.Println(arr)
	try("copy", func() { reflect.ValueOf(c).Field(0).SetString("no") })
	try("unexported", func() { v.Field(6).SetInt(1) })
	try("wrong kind", func() { v.Field(0).SetInt(1) })
	try("wrong type", func() { v.Field(1).Set(reflect.ValueOf("s")) })
	try("interface", func() { fmt.Println(v.Field(6).Interface()) })
	try("int of string", func() { reflect.ValueOf("s").Int() })
	try("zero Value", func() { reflect.Value{}.Type() })
	try("index", func() { reflect.ValueOf(xs).Index(5) })
	fmt.Println(reflect.ValueOf(42), reflect.ValueOf("str"), reflect.ValueOf(c).Field(1).Interface())
	fmt.Printf("%v %d %s\n", reflect.ValueOf(7), reflect.ValueOf(8), reflect.ValueOf("nine"))
	fmt.Println(reflect.ValueOf(3).String(), reflect.Value{}.String(), reflect.ValueOf(3).Kind(), reflect.Ptr)
}
