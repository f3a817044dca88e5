// A struct literal stores nothing in a blank field: the field stays zero
// (reflection reads it); inside a function the value is still evaluated.
package main

import (
	"fmt"
	"reflect"
)

func two() int { fmt.Println("evaluated"); return 2 }

var x = struct{ a, _, c int }{1, 2, 3}

func main() {
	y := struct {
		_ string
		b int
		_ [2]int
	}{"dropped", 5, [2]int{7, two()}}
	fmt.Println(reflect.ValueOf(x).Field(1).Int(), x.a, x.c)
	fmt.Println(reflect.ValueOf(y).Field(0).String() == "", y.b, reflect.ValueOf(y).Field(2).Index(1).Int())
}
