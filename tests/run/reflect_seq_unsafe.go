package main

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"unsafe"
)

type Count uint8

func gen(yield func(string) bool) {
	for _, s := range []string{"a", "b", "c"} {
		if !yield(s) {
			return
		}
	}
}

func pairs(yield func(int, string) bool) {
	_ = yield(1, "one") && yield(2, "two")
}

func main() {
	for x := range reflect.ValueOf(3).Seq() {
		fmt.Print(x, " ", x.Type(), "; ")
	}
	fmt.Println()
	for x := range reflect.ValueOf(Count(2)).Seq() {
		fmt.Print(x, " ", x.Type(), "; ")
	}
	fmt.Println()
	for i := range reflect.ValueOf([]string{"x", "y"}).Seq() {
		fmt.Print(i, " ")
	}
	for i := range reflect.ValueOf("héllo").Seq() {
		fmt.Print(i, " ")
	}
	for i := range reflect.ValueOf(&[2]bool{}).Seq() {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var keys []string
	for k := range reflect.ValueOf(map[string]int{"b": 2, "a": 1}).Seq() {
		keys = append(keys, k.String())
	}
	slices.Sort(keys)
	fmt.Println(keys)
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for x := range reflect.ValueOf(ch).Seq() {
		fmt.Print(x, " ")
	}
	for s := range reflect.ValueOf(gen).Seq() {
		fmt.Print(s, " ")
		if s.String() == "b" {
			break
		}
	}
	fmt.Println()
	for i, x := range reflect.ValueOf([]string{"x", "y"}).Seq2() {
		fmt.Print(i, "=", x, " ")
	}
	for i, r := range reflect.ValueOf("hé").Seq2() {
		fmt.Print(i, "=", r, " ")
	}
	for k, v := range reflect.ValueOf(pairs).Seq2() {
		fmt.Print(k, "=", v, " ")
	}
	m := map[int]bool{}
	for k, v := range reflect.ValueOf(map[int]bool{1: true, 2: false}).Seq2() {
		m[int(k.Int())] = v.Bool()
	}
	fmt.Println(slices.Sorted(maps.Keys(m)), m[1], m[2])
	for _, v := range []any{1.5, struct{}{}, func(int) {}} {
		func() {
			defer func() { fmt.Println(recover()) }()
			reflect.ValueOf(v).Seq()
		}()
	}
	func() {
		defer func() { fmt.Println(recover()) }()
		reflect.ValueOf(7).Seq2()
	}()

	// unsafe pointers
	x := [4]int32{10, 20, 30, 40}
	p := reflect.NewAt(reflect.TypeOf(int32(0)), unsafe.Pointer(&x[2]))
	fmt.Println(p.Type(), p.Elem().Int(), p.Elem().CanSet())
	p.Elem().SetInt(33)
	s := reflect.SliceAt(reflect.TypeOf(int32(0)), unsafe.Pointer(&x[1]), 3)
	fmt.Println(s.Type(), s.Len(), s.Cap(), s.Interface(), x)
	str := "hello"
	fmt.Println(reflect.ValueOf(str).UnsafePointer() == unsafe.Pointer(unsafe.StringData(str)))
	fmt.Println(reflect.ValueOf(&x).UnsafePointer() == unsafe.Pointer(&x), reflect.ValueOf(x[:]).UnsafePointer() == unsafe.Pointer(&x[0]))
	var up unsafe.Pointer
	reflect.ValueOf(&up).Elem().SetPointer(unsafe.Pointer(&x[3]))
	fmt.Println(*(*int32)(up))
	func() {
		defer func() { fmt.Println(recover()) }()
		reflect.ValueOf(1).UnsafePointer()
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		reflect.ValueOf(&up).Elem().SetPointer(nil)
		reflect.ValueOf(up).SetPointer(nil)
	}()
}
