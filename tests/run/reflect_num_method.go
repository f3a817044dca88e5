package main

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
)

type T struct{}

func (T) A()  {}
func (T) B()  {}
func (*T) C() {}
func (T) d()  {}

type Outer struct {
	T
	*strings.Builder
}

func (Outer) E() {}

type List[E any] struct{ items []E }

func (l *List[E]) Push(e E) { l.items = append(l.items, e) }
func (l List[E]) Len() int  { return len(l.items) }

type I interface {
	A()
	b()
}

type MyInt int

func main() {
	for _, x := range []any{T{}, &T{}, Outer{}, &Outer{}, List[int]{}, &List[string]{}, 0, MyInt(0), errors.New("e"), &strings.Builder{}, struct{ T }{}, struct{ *T }{}} {
		fmt.Printf("%T %d %d\n", x, reflect.TypeOf(x).NumMethod(), reflect.ValueOf(x).NumMethod())
	}
	fmt.Println(reflect.TypeOf((*I)(nil)).Elem().NumMethod(), reflect.TypeOf((*error)(nil)).Elem().NumMethod(), reflect.TypeOf((*any)(nil)).Elem().NumMethod())
	fmt.Println(reflect.PointerTo(reflect.TypeOf(T{})).NumMethod(), reflect.New(reflect.TypeOf(MyInt(0))).NumMethod())
}
