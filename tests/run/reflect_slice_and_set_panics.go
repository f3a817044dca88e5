package main

import (
	"fmt"
	"reflect"
)

type T struct {
	a []int
	B [3]string
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v\n", name, r)
		}
	}()
	f()
	fmt.Printf("%s: ok\n", name)
}

func main() {
	try("New(nil)", func() { reflect.New(nil) })
	try("MakeSlice neg len", func() { reflect.MakeSlice(reflect.TypeOf([]int{}), -1, 2) })
	try("MakeSlice len>cap", func() { reflect.MakeSlice(reflect.TypeOf([]int{}), 3, 2) })
	try("MakeMap non-map", func() { reflect.MakeMap(reflect.TypeOf(1)) })
	try("MakeChan dir", func() { reflect.MakeChan(reflect.TypeOf(make(<-chan int)), 1) })
	try("MakeChan neg", func() { reflect.MakeChan(reflect.TypeOf(make(chan int)), -1) })
	try("Append non-slice", func() { reflect.Append(reflect.ValueOf(1)) })
	try("Append wrong type", func() { reflect.Append(reflect.ValueOf([]int{}), reflect.ValueOf("s")) })
	try("AppendSlice mismatch", func() { reflect.AppendSlice(reflect.ValueOf([]int{}), reflect.ValueOf([]string{})) })
	try("Copy mismatch", func() { reflect.Copy(reflect.ValueOf([]int{1}), reflect.ValueOf([]string{"a"})) })
	try("Copy to int", func() { reflect.Copy(reflect.ValueOf(1), reflect.ValueOf([]int{})) })
	try("Copy to unaddressable array", func() { reflect.Copy(reflect.ValueOf([2]int{}), reflect.ValueOf([]int{1})) })
	try("Slice unaddressable array", func() { reflect.ValueOf([3]int{}).Slice(0, 1) })
	try("Slice out of range", func() { reflect.ValueOf([]int{1, 2}).Slice(1, 3) })
	try("Slice3 out of range", func() { reflect.ValueOf([]int{1, 2}).Slice3(0, 1, 3) })
	try("Slice string", func() { fmt.Println(reflect.ValueOf("hello").Slice(1, 3)) })
	try("Slice string oob", func() { reflect.ValueOf("hello").Slice(1, 9) })
	try("Slice3 string", func() { reflect.ValueOf("hello").Slice3(1, 2, 3) })
	try("Slice int", func() { reflect.ValueOf(3).Slice(1, 2) })
	try("SetLen unaddressable", func() { reflect.ValueOf([]int{}).SetLen(0) })
	s := []int{1, 2, 3}
	sv := reflect.ValueOf(&s).Elem()
	try("SetLen too big", func() { sv.SetLen(4) })
	try("SetCap too small", func() { sv.SetCap(2) })
	try("SetCap ok", func() { sv.SetCap(3) })
	try("Grow negative", func() { sv.Grow(-1) })
	try("Addr unaddressable", func() { reflect.ValueOf(3).Addr() })
	try("Clear int", func() { reflect.ValueOf(3).Clear() })
	try("Clear slice", func() { sv.Clear(); fmt.Println(s) })
	try("Close recv-only", func() { reflect.ValueOf(make(<-chan int)).Close() })
	try("Close twice", func() { c := reflect.ValueOf(make(chan int)); c.Close(); c.Close() })
	try("Equal func", func() { reflect.ValueOf(main).Equal(reflect.ValueOf(main)) })
	try("Equal mixed", func() {
		fmt.Println(reflect.ValueOf(any(1)).Equal(reflect.ValueOf(1)), reflect.ValueOf(nil).Equal(reflect.Value{}))
	})
	try("Equal arrays", func() { fmt.Println(reflect.ValueOf([2]any{1, "a"}).Equal(reflect.ValueOf([2]any{1, "a"}))) })
	try("SetZero unaddressable", func() { reflect.ValueOf(1).SetZero() })
	try("OverflowInt on string", func() { reflect.ValueOf("s").OverflowInt(1) })
	try("Type.OverflowInt on string", func() { reflect.TypeOf("s").OverflowInt(1) })
	try("Type.FieldByIndex non-struct", func() { reflect.TypeOf(1).FieldByIndex([]int{0}) })
	t := T{a: []int{5}}
	tv := reflect.ValueOf(&t).Elem()
	try("Addr of unexported", func() { p := tv.Field(0).Addr(); fmt.Println(p.Type(), p.CanInterface()) })
	try("Addr of unexported Interface", func() { tv.Field(0).Addr().Interface() })
	try("Slice of unexported", func() { fmt.Println(tv.Field(0).Slice(0, 1).CanInterface()) })
	try("Append unexported", func() { reflect.Append(tv.Field(0), reflect.ValueOf(1)) })
	try("Array field slice", func() {
		x := tv.Field(1).Slice(0, 2)
		x.Index(1).SetString("set")
		fmt.Println(t.B, x.Type(), x.Len(), x.Cap())
	})
	try("SetBytes non-byte", func() { sv.SetBytes(nil) })
	try("Comparable", func() {
		fmt.Println(reflect.ValueOf(any([]int{})).Comparable(), reflect.ValueOf([1]any{[]int{}}).Comparable(), reflect.ValueOf(T{}).Comparable(), reflect.ValueOf(struct{ X any }{1}).Comparable())
	})
	try("NumMethod zero", func() { reflect.Value{}.NumMethod() })
	try("TypeAssert fail", func() { fmt.Println(reflect.TypeAssert[string](reflect.ValueOf(3))) })
	try("PointerTo names", func() {
		fmt.Println(reflect.PointerTo(reflect.TypeOf(T{})), reflect.PtrTo(reflect.TypeOf([]map[string]int{})), reflect.PointerTo(reflect.TypeOf(&t)).Elem() == reflect.TypeOf(&t))
	})
	try("New of pointer to pointer", func() {
		v := reflect.New(reflect.TypeOf((**int)(nil)))
		fmt.Printf("%v %T %v\n", v.Type(), v.Interface(), v.Elem().IsNil())
	})
	try("New interface", func() {
		v := reflect.New(reflect.TypeOf((*error)(nil)).Elem())
		fmt.Println(v.Type(), v.Elem().Kind(), v.Elem().IsNil())
		v.Elem().Set(reflect.ValueOf(fmt.Errorf("boom")))
		fmt.Println(*(v.Interface().(*error)))
	})
	try("Map with NaN clear", func() {
		m := map[float64]int{}
		nan := 0.0
		nan = nan / nan
		m[nan] = 1
		m[nan] = 2
		m[1] = 3
		reflect.ValueOf(m).Clear()
		fmt.Println(len(m))
	})
}
