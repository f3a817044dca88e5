// reflect.Value.Pointer of a func is its code's address, which
// runtime.FuncForPC names; unsafe.Pointer's type is Pointer in package unsafe.
package main

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"unsafe"
)

func hello() string { return "hi" }

type T struct{}

func (T) M() {}

func main() {
	for _, f := range []any{hello, strings.ToUpper, T.M} {
		pc := reflect.ValueOf(f).Pointer()
		fmt.Println(runtime.FuncForPC(pc).Name(), pc != 0)
	}
	var nilf func()
	fmt.Println(reflect.ValueOf(nilf).Pointer())
	t := reflect.TypeOf(unsafe.Pointer(nil))
	fmt.Println(t, t.Kind(), t.Name(), t.PkgPath())
}
