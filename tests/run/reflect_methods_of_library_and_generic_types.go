package main

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"time"
)

type Box[T any] struct{ v T }

func (b Box[T]) Get() T        { return b.v }
func (b *Box[T]) Set(v T)      { b.v = v }
func (b Box[T]) String() string { return fmt.Sprint("box:", b.v) }

type Inner struct{ N int }

func (i *Inner) Inc() int { i.N++; return i.N }

type Outer struct{ *Inner }

type hidden struct{}

func (hidden) private() {}

func main() {
	d := time.Duration(1500) * time.Millisecond
	fmt.Println(reflect.ValueOf(d).MethodByName("String").Call(nil)[0])
	fmt.Println(reflect.ValueOf(d).MethodByName("Seconds").Call(nil)[0].Float())
	m, ok := reflect.TypeOf(d).MethodByName("Round")
	fmt.Println(ok, m.Type, m.Func.Call([]reflect.Value{reflect.ValueOf(d), reflect.ValueOf(time.Second)})[0])
	b := &Box[int]{v: 3}
	bt := reflect.TypeOf(b)
	for i := 0; i < bt.NumMethod(); i++ {
		fmt.Println(bt.Method(i).Name, bt.Method(i).Type)
	}
	reflect.ValueOf(b).MethodByName("Set").Call([]reflect.Value{reflect.ValueOf(9)})
	fmt.Println(reflect.ValueOf(b).MethodByName("Get").Call(nil)[0], b)
	o := Outer{&Inner{1}}
	fmt.Println(reflect.ValueOf(o).MethodByName("Inc").Call(nil)[0], o.N)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		reflect.ValueOf(Outer{}).MethodByName("Inc").Call(nil)
	}()
	fmt.Println(reflect.TypeOf(hidden{}).NumMethod(), reflect.ValueOf(hidden{}).MethodByName("private").IsValid())
	var err error = errors.New("boom")
	ev := reflect.ValueOf(&err).Elem()
	fmt.Println(ev.NumMethod(), ev.Type().Method(0).Name, ev.Method(0).Call(nil)[0])
	fmt.Println(reflect.ValueOf(err).Type(), reflect.ValueOf(err).NumMethod(), reflect.ValueOf(err).Method(0).Call(nil)[0])
	sb := &strings.Builder{}
	w := reflect.ValueOf(sb).MethodByName("WriteString")
	w.Call([]reflect.Value{reflect.ValueOf("hi ")})
	w.Call([]reflect.Value{reflect.ValueOf("there")})
	fmt.Println(sb.String(), w.Type())
	done := make(chan int)
	f := reflect.ValueOf(&Inner{10}).MethodByName("Inc").Interface().(func() int)
	go func() { done <- f() + f() }()
	fmt.Println(<-done)
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, reflect.ValueOf(&Inner{i * 10}).Method(0).Interface().(func() int))
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Println(reflect.TypeOf(fmt.Println).NumMethod(), reflect.TypeOf(struct{ Inner }{}).NumMethod(), reflect.TypeOf(&struct{ Inner }{}).NumMethod())
}
