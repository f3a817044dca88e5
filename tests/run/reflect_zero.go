// reflect.Zero gives the zero value of any type, neither settable nor
// addressable, which Interface returns as a value of that type.
package main

import (
	"fmt"
	"reflect"
)

type P struct {
	X int
	S []string
	M map[string]int
}

func main() {
	for _, x := range []any{0, "s", P{X: 1}, []int{1}, map[int]int{}, 2.5, &P{}} {
		z := reflect.Zero(reflect.TypeOf(x))
		fmt.Printf("%v %v %v %v\n", z.Type(), z.IsZero(), z.CanSet(), z.Interface())
	}
	fmt.Println(reflect.DeepEqual(reflect.Zero(reflect.TypeOf(P{})).Interface(), P{}))
}
