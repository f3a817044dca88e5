package main

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
)

type Celsius float64

func (c Celsius) String() string        { return fmt.Sprintf("%.1f°C", float64(c)) }
func (c Celsius) Add(d Celsius) Celsius { return c + d }
func (c *Celsius) Set(v float64)        { *c = Celsius(v) }
func (c Celsius) private() int          { return 1 }
func (c Celsius) Sum(xs ...int) (int, error) {
	t := 0
	for _, x := range xs {
		t += x
	}
	if t < 0 {
		return t, errors.New("negative")
	}
	return t, nil
}

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprint("base ", b.ID) }
func (b *Base) Bump()           { b.ID++ }

type Named interface {
	Name() string
	secret()
}

type person struct{ name string }

func (p person) Name() string { return p.name }
func (p person) secret()      {}

type Outer struct {
	Base
	Named
	Zeta int
}

func (o Outer) Alpha(prefix string) string { return prefix + o.Name() }

func show(t reflect.Type) {
	fmt.Printf("%v: NumMethod %d\n", t, t.NumMethod())
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		fmt.Printf("  %d %s pkg=%q exported=%v type=%v func=%v\n", m.Index, m.Name, m.PkgPath, m.IsExported(), m.Type, m.Func.IsValid())
	}
}

func main() {
	var c Celsius = 21.5
	show(reflect.TypeOf(c))
	show(reflect.TypeOf(&c))
	show(reflect.TypeOf(Outer{}))
	show(reflect.TypeOf(&Outer{}))
	show(reflect.TypeOf((*Named)(nil)).Elem())
	show(reflect.TypeOf((*fmt.Stringer)(nil)).Elem())
	show(reflect.TypeOf(0))

	// Method.Func takes the receiver first
	m, ok := reflect.TypeOf(c).MethodByName("Add")
	fmt.Println(ok, m.Name, m.Type, m.Index)
	out := m.Func.Call([]reflect.Value{reflect.ValueOf(c), reflect.ValueOf(Celsius(0.5))})
	fmt.Println(out[0], out[0].Type())
	add := m.Func.Interface().(func(Celsius, Celsius) Celsius)
	fmt.Println(add(1, 2))
	_, ok = reflect.TypeOf(c).MethodByName("Set")
	fmt.Println("Set on value type:", ok)
	_, ok = reflect.TypeOf(c).MethodByName("private")
	fmt.Println("private:", ok)
	set, _ := reflect.TypeOf(&c).MethodByName("Set")
	set.Func.Call([]reflect.Value{reflect.ValueOf(&c), reflect.ValueOf(4.25)})
	fmt.Println(c)

	// variadic methods
	sum, _ := reflect.TypeOf(c).MethodByName("Sum")
	fmt.Println(sum.Type, sum.Type.IsVariadic())
	r := sum.Func.Call([]reflect.Value{reflect.ValueOf(c), reflect.ValueOf(1), reflect.ValueOf(2), reflect.ValueOf(3)})
	fmt.Println(r[0], r[1])
	r = reflect.ValueOf(c).MethodByName("Sum").CallSlice([]reflect.Value{reflect.ValueOf([]int{-4, 1})})
	fmt.Println(r[0], r[1])

	// method values
	v := reflect.ValueOf(c)
	str := v.MethodByName("String")
	fmt.Println(str.Kind(), str.Type(), str.NumMethod(), str.Call(nil)[0])
	f := v.Method(0).Interface().(func(Celsius) Celsius)
	fmt.Println(f(10))
	fmt.Println(v.MethodByName("Nope").IsValid())
	p := reflect.ValueOf(&c)
	bump := p.MethodByName("Set").Interface().(func(float64))
	bump(-3)
	fmt.Println(c, p.Elem().MethodByName("String").Call(nil)[0])

	// promoted methods, through an embedded struct and an embedded interface
	o := &Outer{Base: Base{7}, Named: person{"ann"}}
	ov := reflect.ValueOf(o)
	for i := 0; i < ov.NumMethod(); i++ {
		name := ov.Type().Method(i).Name
		mv := ov.Method(i)
		switch mt := mv.Type(); mt.NumIn() {
		case 0:
			res := mv.Call(nil)
			if len(res) > 0 {
				fmt.Println(name, mt, res[0])
			} else {
				fmt.Println(name, mt, "called")
			}
		default:
			fmt.Println(name, mt, mv.Call([]reflect.Value{reflect.ValueOf("mx. ")})[0])
		}
	}
	fmt.Println(o.ID)

	// a method value of an interface calls the method of what it holds when called
	var s fmt.Stringer = Celsius(1)
	sv := reflect.ValueOf(&s).Elem()
	call := sv.Method(0)
	fmt.Println(sv.Kind(), call.Type(), call.Call(nil)[0])
	s = Base{3}.asStringer()
	fmt.Println(call.Call(nil)[0])

	// iterators
	for m := range reflect.TypeOf(o).Methods() {
		fmt.Print(m.Name, " ")
	}
	fmt.Println()
	for m, mv := range reflect.ValueOf(c).Methods() {
		fmt.Print(m.Name, ":", mv.Type(), " ")
	}
	fmt.Println()

	// panics
	try := func(name string, f func()) {
		defer func() { fmt.Println(name, "->", recover()) }()
		f()
	}
	try("Type.Method(9)", func() { reflect.TypeOf(c).Method(9) })
	try("Type.Method(-1)", func() { reflect.TypeOf(c).Method(-1) })
	try("Value.Method(9)", func() { v.Method(9) })
	try("iface Type.Method(9)", func() { fmt.Println(reflect.TypeOf((*Named)(nil)).Elem().Method(9)) })
	try("zero Method", func() { reflect.Value{}.Method(0) })
	try("zero MethodByName", func() { reflect.Value{}.MethodByName("X") })
	try("zero NumMethod", func() { reflect.Value{}.NumMethod() })
	var nilS fmt.Stringer
	try("nil iface", func() { reflect.ValueOf(&nilS).Elem().Method(0) })
	try("method of method", func() { str.Method(0) })
	try("bad arg", func() { str.Call([]reflect.Value{reflect.ValueOf(1)}) })
	try("wrong type", func() { v.MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(1.5)}) })
	hidden := struct{ c Celsius }{2}
	try("unexported", func() { reflect.ValueOf(hidden).Field(0).Method(0).Call(nil) })
	try("unexported Interface", func() { reflect.ValueOf(hidden).Field(0).Method(0).Interface() })
	var n Named = person{"bo"}
	nv := reflect.ValueOf(&n).Elem()
	try("unexported iface method", func() { nv.Method(1).Call(nil) })
	fmt.Println(nv.Method(0).Call(nil)[0], strings.ToUpper(nv.Type().Method(1).Name))
}

func (b Base) asStringer() fmt.Stringer { return Celsius(b.ID) }

func init() {
	var n Named = person{"cy"}
	nv := reflect.ValueOf(&n).Elem()
	defer func() { fmt.Println("Interface of unexported ->", recover()) }()
	nv.Method(1).Interface()
}
