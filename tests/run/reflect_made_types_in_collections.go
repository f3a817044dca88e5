package main

import (
	"fmt"
	"reflect"
	"runtime"
	"sort"
	"strings"
)

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func main() {
	intT := reflect.TypeOf(0)
	ft := reflect.FuncOf([]reflect.Type{intT}, []reflect.Type{intT}, false)
	var double func(int) int
	fv := reflect.MakeFunc(ft, func(in []reflect.Value) []reflect.Value { return []reflect.Value{reflect.ValueOf(int(in[0].Int() * 2))} })
	reflect.ValueOf(&double).Elem().Set(fv)
	fmt.Println(double(21), ft == reflect.TypeOf(double))

	// made map and slice types through collections
	mt := reflect.MapOf(reflect.TypeOf(""), reflect.SliceOf(reflect.TypeOf(0.5)))
	m := reflect.MakeMap(mt)
	for i := 0; i < 2000; i++ {
		k := reflect.ValueOf(strings.Repeat("k", i%50) + fmt.Sprint(i))
		s := reflect.MakeSlice(reflect.SliceOf(reflect.TypeOf(0.5)), 0, 1)
		s = reflect.Append(s, reflect.ValueOf(float64(i)))
		m.SetMapIndex(k, s)
		if i%500 == 0 {
			runtime.GC()
		}
	}
	runtime.GC()
	total := 0.0
	iter := m.MapRange()
	for iter.Next() {
		total += iter.Value().Index(0).Float()
	}
	fmt.Println(m.Len(), total, mt)

	// a struct type made with an interface field
	st := reflect.StructOf([]reflect.StructField{
		{Name: "Name", Type: reflect.TypeOf("")},
		{Name: "Shape", Type: reflect.TypeOf((*Shape)(nil)).Elem()},
	})
	vals := []reflect.Value{}
	for i := 1; i <= 3; i++ {
		v := reflect.New(st).Elem()
		v.Field(0).SetString(fmt.Sprint("sq", i))
		v.Field(1).Set(reflect.ValueOf(Sq{float64(i)}))
		vals = append(vals, v)
	}
	sort.Slice(vals, func(i, j int) bool { return vals[i].Field(1).Interface().(Shape).Area() > vals[j].Field(1).Interface().(Shape).Area() })
	for _, v := range vals {
		fmt.Printf("%v %+v\n", v.Field(0), v.Interface())
	}
	fmt.Println(st.Comparable(), reflect.ArrayOf(2, st).Comparable(), reflect.MapOf(st, intT).Key() == st)
	a := reflect.New(reflect.ArrayOf(2, st)).Elem()
	b := reflect.New(reflect.ArrayOf(2, st)).Elem()
	fmt.Println(a.Interface() == b.Interface())
	func() {
		defer func() { fmt.Println(recover()) }()
		a.Index(0).Field(1).Set(reflect.ValueOf(Sq{1}))
		b.Index(0).Field(1).Set(reflect.ValueOf(Sq{1}))
		fmt.Println(a.Interface() == b.Interface())
		x := reflect.New(reflect.StructOf([]reflect.StructField{{Name: "F", Type: reflect.TypeOf([]int{})}})).Elem().Interface()
		fmt.Println(x == x)
	}()
	fmt.Println(reflect.Zero(reflect.ChanOf(reflect.BothDir, st)).IsNil(), reflect.PointerTo(st).Elem() == st, reflect.SliceOf(st).Elem() == st)
	fmt.Println(reflect.TypeOf(struct{ A, B int }{}) == reflect.StructOf([]reflect.StructField{{Name: "A", Type: intT}, {Name: "B", Type: intT}}))
}
