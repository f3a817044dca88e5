// An empty struct tag is no tag: struct{ x int "" } and struct{ x int } are
// identical types, to the compiler and to reflect.
package main

import (
	"fmt"
	"reflect"
)

func main() {
	a := &struct{ x int }{}
	b := &struct {
		x int ""
	}{x: 4}
	a = b
	fmt.Println(a.x, reflect.TypeOf(b).AssignableTo(reflect.TypeOf(a)), reflect.TypeOf(a) == reflect.TypeOf(b))
	fmt.Printf("%T\n", b)
}
