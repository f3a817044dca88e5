package main

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
)

type Pt struct{ X, Y float64 }

func add(a, b int) int                   { return a + b }
func div(a, b int) (int, error) {
	if b == 0 {
		return 0, errors.New("div by zero")
	}
	return a / b, nil
}
func join(sep string, parts ...string) string { return strings.Join(parts, sep) }
func mid(p, q Pt) Pt                          { return Pt{(p.X + q.X) / 2, (p.Y + q.Y) / 2} }
func describe(x any) string                   { return fmt.Sprintf("%T:%v", x, x) }
func many(a int8, b string, c []int, d map[string]bool, e [3]byte, f complex128, g *Pt, h error) (string, int, bool) {
	return fmt.Sprint(a, b, c, d, e, f, *g, h), len(c), d["k"]
}
func nothing()             { fmt.Println("nothing called") }
func boom(s string) int    { panic("boom: " + s) }

type MyInt int

func double(m MyInt) MyInt { return m * 2 }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v\n", name, r)
		}
	}()
	f()
}

func vals(xs ...any) []reflect.Value {
	out := make([]reflect.Value, len(xs))
	for i, x := range xs {
		out[i] = reflect.ValueOf(x)
	}
	return out
}

func main() {
	V := reflect.ValueOf
	fmt.Println(V(add).Call(vals(2, 3))[0].Int())
	r := V(div).Call(vals(7, 2))
	fmt.Println(r[0], r[1].IsNil(), len(r))
	r = V(div).Call(vals(7, 0))
	fmt.Println(r[0], r[1])
	fmt.Println(V(join).Call(vals("-", "a", "b", "c"))[0])
	fmt.Println(V(join).Call(vals(","))[0].Len())
	fmt.Println(V(join).CallSlice(vals("+", []string{"x", "y"}))[0])
	fmt.Println(V(mid).Call(vals(Pt{0, 0}, Pt{2, 4}))[0].Interface())
	fmt.Println(V(describe).Call(vals(3.5))[0], V(describe).Call([]reflect.Value{reflect.Zero(reflect.TypeOf((*any)(nil)).Elem())})[0])
	out := V(many).Call(vals(int8(-3), "s", []int{1, 2}, map[string]bool{"k": true}, [3]byte{1, 2, 3}, 1+2i, &Pt{1, 2}, errors.New("e")))
	fmt.Println(out[0], out[1], out[2])
	fmt.Println(len(V(nothing).Call(nil)))
	fmt.Println(V(double).Call(vals(MyInt(21)))[0].Interface())
	x := 10
	closure := func(n int) int { x += n; return x }
	fmt.Println(V(closure).Call(vals(5))[0], x)
	m := V(strings.ToUpper)
	fmt.Println(m.Call(vals("hi"))[0])
	var sb strings.Builder
	V(sb.WriteString).Call(vals("method value"))
	fmt.Println(sb.String())
	fmt.Println(V(fmt.Sprintf).Call(vals("%d-%s", 1, "x"))[0])
	try("too few", func() { V(add).Call(vals(1)) })
	try("too many", func() { V(add).Call(vals(1, 2, 3)) })
	try("wrong type", func() { V(add).Call(vals(1, "2")) })
	try("variadic wrong", func() { V(join).Call(vals(",", 1)) })
	try("zero value", func() { V(add).Call([]reflect.Value{V(1), {}}) })
	try("CallSlice non-variadic", func() { V(add).CallSlice(vals(1, 2)) })
	try("CallSlice few", func() { V(join).CallSlice(vals(",")) })
	try("nil func", func() { var f func(); V(f).Call(nil) })
	try("non-func", func() { V(1).Call(nil) })
	try("panics inside", func() { V(boom).Call(vals("x")) })
	try("unassignable named", func() { V(double).Call(vals(21)) })
	fmt.Println(reflect.TypeOf(MyInt(0)).AssignableTo(reflect.TypeOf(0)), reflect.TypeOf([]int{}).AssignableTo(reflect.TypeOf([]int(nil))))
	type IntSlice []int
	fmt.Println(reflect.TypeOf(IntSlice{}).AssignableTo(reflect.TypeOf([]int{})), reflect.TypeOf(make(chan int)).AssignableTo(reflect.TypeOf(make(<-chan int))))
	sum := func(xs []int) int {
		t := 0
		for _, x := range xs {
			t += x
		}
		return t
	}
	fmt.Println(V(sum).Call(vals(IntSlice{1, 2, 3}))[0])
}
