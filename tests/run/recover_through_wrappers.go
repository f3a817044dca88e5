package main

import (
	"fmt"
	"reflect"
)

type T struct{ n int }

func (t T) Rec() { fmt.Println("T.Rec recovered:", recover(), t.n) }

func (t *T) PRec() { fmt.Println("(*T).PRec recovered:", recover(), t.n) }

type Big struct {
	a, b, c, d int
	s         string
}

func (b Big) Rec() { fmt.Println("Big.Rec recovered:", recover(), b.s) }

type R interface{ Rec() }

type Embeds struct{ T }

func run(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "escaped:", r)
		}
	}()
	f()
}

func main() {
	run("interface, value receiver", func() {
		var r R = T{1}
		defer r.Rec()
		panic("p1")
	})
	run("interface, big value receiver", func() {
		var r R = Big{s: "big"}
		defer r.Rec()
		panic("p2")
	})
	run("interface, pointer receiver", func() {
		var r interface{ PRec() } = &T{3}
		defer r.PRec()
		panic("p3")
	})
	run("method value", func() {
		f := T{4}.Rec
		defer f()
		panic("p4")
	})
	run("promoted through embedding", func() {
		var r R = Embeds{T{5}}
		defer r.Rec()
		panic("p5")
	})
	run("method expression", func() {
		defer R.Rec(T{6})
		panic("p6")
	})
	run("made by reflect", func() {
		f := reflect.MakeFunc(reflect.TypeOf(func() {}), func([]reflect.Value) []reflect.Value {
			fmt.Println("made func recovered:", recover())
			return nil
		}).Interface().(func())
		defer f()
		panic("p7")
	})
	run("called from a deferred closure: no recovery", func() {
		var r R = T{8}
		defer func() { r.Rec() }()
		panic("p8")
	})
	run("no panic", func() {
		var r R = T{9}
		defer r.Rec()
	})
	run("reflect call of a deferred-run function: no recovery", func() {
		defer func() {
			reflect.ValueOf(T{10}.Rec).Call(nil)
		}()
		panic("p10")
	})
	fmt.Println("done")
}
