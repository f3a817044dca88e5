package main

import (
	"fmt"
	"reflect"
)

type Ptr struct{}

func (*Ptr) Rec() { fmt.Println("*Ptr.Rec recovered:", recover()) }

type Word uintptr

func (Word) Rec() { fmt.Println("Word.Rec recovered:", recover()) }

type Big struct{ a, b, c int }

func (b Big) Rec() { fmt.Println("Big.Rec recovered:", recover(), b.c) }

type Outer struct{ Big }

type Recer interface{ Rec() }

func viaValue(x any, what string) {
	defer func() { fmt.Println(what, "outer recover:", recover()) }()
	f := reflect.ValueOf(x).MethodByName("Rec").Interface().(func())
	defer f()
	panic(what)
}

func viaFunc(x any, what string) {
	defer func() { fmt.Println(what, "outer recover:", recover()) }()
	m, _ := reflect.TypeOf(x).MethodByName("Rec")
	rv := reflect.ValueOf(x)
	f := func() { m.Func.Call([]reflect.Value{rv}) }
	defer f() // a closure calling Call: not a direct call, so no recover
	panic(what)
}

func viaIface(x Recer, what string) {
	defer func() { fmt.Println(what, "outer recover:", recover()) }()
	f := reflect.ValueOf(&x).Elem().Method(0).Interface().(func())
	defer f()
	panic(what)
}

func main() {
	viaValue(&Ptr{}, "ptr")
	viaValue(Word(1), "word")
	viaValue(Big{1, 2, 3}, "big")
	viaValue(Outer{Big{4, 5, 6}}, "promoted")
	viaFunc(&Ptr{}, "func ptr")
	viaIface(Big{7, 8, 9}, "iface big")
	viaIface(Word(2), "iface word")
	// no panic: recover returns nil in each
	f := reflect.ValueOf(Word(3)).Method(0).Interface().(func())
	f()
}
