// reflect.TypeOf and ValueOf over structs, slices, maps, funcs and basic
// types: names, kinds, sizes, fields, settable values, DeepEqual, Implements.
package main

import (
	"fmt"
	"reflect"
)

type Inner struct{ A, B int }

type T struct {
	Name   string
	Age    int
	Tags   []string
	In     Inner
	P      *Inner
	M      map[string]int
	hidden float64
	Inner
}

type Stringer interface{ String() string }

func (t T) String() string { return t.Name }

func main() {
	t := T{Name: "x", Age: 3, Tags: []string{"a"}, M: map[string]int{"k": 1}, hidden: 2.5}
	rt := reflect.TypeOf(t)
	fmt.Println(rt, rt.Name(), rt.Kind(), rt.NumField(), rt.PkgPath())
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		fmt.Println(i, f.Name, f.Type, f.Anonymous, f.PkgPath, f.IsExported(), f.Index)
	}
	v := reflect.ValueOf(t)
	fmt.Println(v.Field(0).String(), v.Field(1).Int(), v.Field(2).Len(), v.Field(2).Index(0), v.FieldByName("A").Int())
	fmt.Println(v.Field(6).CanInterface(), v.Field(6).Float(), v.Kind() == reflect.Struct)
	p := reflect.ValueOf(&t).Elem()
	fmt.Println(p.CanSet(), v.CanSet())
	p.Field(1).SetInt(42)
	p.FieldByName("Name").SetString("changed")
	p.Field(2).Index(0).SetString("z")
	fmt.Println(t.Age, t.Name, t.Tags)
	fmt.Println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {1}}), reflect.DeepEqual([]int{}, []int(nil)))
	fmt.Println(reflect.DeepEqual(t, t), reflect.DeepEqual(1, int64(1)), reflect.DeepEqual(nil, nil))
	var s Stringer = t
	fmt.Println(reflect.TypeOf(s), reflect.TypeOf(&s).Elem(), reflect.TypeOf(&s).Elem().Kind(), rt.Implements(reflect.TypeOf(&s).Elem()))
	fmt.Println(reflect.TypeOf(3) == reflect.TypeOf(4), reflect.TypeOf(3) == reflect.TypeOf("a"))
	for _, x := range []any{1, "s", 2.5, []byte("hi"), map[int]bool{}, make(chan int), func(int) string { return "" }, &t, [3]int{}, struct{}{}, uint8(3), complex(1, 2)} {
		ty := reflect.TypeOf(x)
		fmt.Printf("%v %v %q %d\n", ty, ty.Kind(), ty.Name(), ty.Size())
	}
	ft := reflect.TypeOf(fmt.Sprintf)
	fmt.Println(ft.NumIn(), ft.In(0), ft.In(1), ft.NumOut(), ft.Out(0), ft.IsVariadic())
	m := reflect.ValueOf(map[string]int{"a": 1})
	for _, k := range m.MapKeys() {
		fmt.Println(k, m.MapIndex(k))
	}
	fmt.Println(reflect.ValueOf(0).IsZero(), reflect.ValueOf(T{}).IsZero(), reflect.ValueOf(t).IsZero())
	var ip *int
	fmt.Println(reflect.ValueOf(ip).IsNil(), reflect.Indirect(reflect.ValueOf(&t)).Type())
	defer func() { fmt.Println("recovered:", recover()) }()
	reflect.ValueOf("s").Int()
}
