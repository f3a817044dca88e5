package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Pt struct{ X, Y int }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v\n", name, r)
		}
	}()
	f()
}

func makeSwap(fptr any) {
	fn := reflect.ValueOf(fptr).Elem()
	swap := func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{in[1], in[0]}
	}
	fn.Set(reflect.MakeFunc(fn.Type(), swap))
}

func main() {
	var intSwap func(int, int) (int, int)
	makeSwap(&intSwap)
	fmt.Println(intSwap(0, 1))
	var floatSwap func(float64, float64) (float64, float64)
	makeSwap(&floatSwap)
	fmt.Println(floatSwap(2.72, 3.14))
	var strSwap func(string, string) (string, string)
	makeSwap(&strSwap)
	fmt.Println(strSwap("a", "b"))
	var ptSwap func(Pt, Pt) (Pt, Pt)
	makeSwap(&ptSwap)
	fmt.Println(ptSwap(Pt{1, 2}, Pt{3, 4}))

	count := 0
	logged := reflect.MakeFunc(reflect.TypeOf(func(string, ...int) string { return "" }), func(in []reflect.Value) []reflect.Value {
		count++
		parts := []string{in[0].String()}
		for i := 0; i < in[1].Len(); i++ {
			parts = append(parts, fmt.Sprint(in[1].Index(i).Int()))
		}
		return []reflect.Value{reflect.ValueOf(strings.Join(parts, ","))}
	}).Interface().(func(string, ...int) string)
	fmt.Println(logged("x", 1, 2, 3), logged("y"), count)

	noop := reflect.MakeFunc(reflect.TypeOf(func() {}), func(in []reflect.Value) []reflect.Value {
		fmt.Println("noop called with", len(in))
		return nil
	}).Interface().(func())
	noop()

	type Stringer interface{ String() string }
	ifn := reflect.MakeFunc(reflect.TypeOf(func(any) error { return nil }), func(in []reflect.Value) []reflect.Value {
		if in[0].IsNil() {
			return []reflect.Value{reflect.Zero(reflect.TypeOf((*error)(nil)).Elem())}
		}
		return []reflect.Value{reflect.ValueOf(fmt.Errorf("got %v", in[0].Elem()))}
	}).Interface().(func(any) error)
	fmt.Println(ifn(nil), ifn(42))

	// a made func called through reflect too
	mk := reflect.MakeFunc(reflect.TypeOf(func(int) int { return 0 }), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(int(in[0].Int() * 10))}
	})
	fmt.Println(mk.Call([]reflect.Value{reflect.ValueOf(4)})[0].Int(), mk.Type(), mk.Kind())

	// closures over made funcs in goroutines
	done := make(chan int)
	adder := reflect.MakeFunc(reflect.TypeOf(func(int, int) int { return 0 }), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(int(in[0].Int() + in[1].Int()))}
	}).Interface().(func(int, int) int)
	for i := 0; i < 4; i++ {
		go func() { done <- adder(i, 100) }()
	}
	sum := 0
	for i := 0; i < 4; i++ {
		sum += <-done
	}
	fmt.Println(sum)

	wrong := reflect.MakeFunc(reflect.TypeOf(func() int { return 0 }), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf("str")}
	}).Interface().(func() int)
	try("wrong type", func() { wrong() })
	count2 := reflect.MakeFunc(reflect.TypeOf(func() int { return 0 }), func(in []reflect.Value) []reflect.Value {
		return nil
	}).Interface().(func() int)
	try("wrong count", func() { count2() })
	zero := reflect.MakeFunc(reflect.TypeOf(func() int { return 0 }), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{{}}
	}).Interface().(func() int)
	try("zero", func() { zero() })
	try("non-func", func() { reflect.MakeFunc(reflect.TypeOf(1), nil) })
	named := reflect.MakeFunc(reflect.TypeOf(func() Pt { return Pt{} }), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(struct{ X, Y int }{7, 8})}
	}).Interface().(func() Pt)
	fmt.Println(named())
	panicky := reflect.MakeFunc(reflect.TypeOf(func(int) {}), func(in []reflect.Value) []reflect.Value {
		panic(fmt.Sprint("inside made func ", in[0].Int()))
	}).Interface().(func(int))
	try("panics", func() { panicky(5) })
}
