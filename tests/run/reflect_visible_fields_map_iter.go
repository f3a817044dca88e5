package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Base struct {
	ID   int
	Name string
}

type Meta struct {
	Name  string
	Extra bool
}

type Doc struct {
	Base
	*Meta
	Title string
	ID    string
}

type Loop struct {
	*Loop
	V int
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	for _, f := range reflect.VisibleFields(reflect.TypeOf(Doc{})) {
		fmt.Println(f.Name, f.Index, f.Type, f.Anonymous)
	}
	for _, f := range reflect.VisibleFields(reflect.TypeOf(Loop{})) {
		fmt.Println(f.Name, f.Index)
	}
	t := reflect.TypeOf(Doc{})
	f, ok := t.FieldByNameFunc(func(s string) bool { return strings.HasPrefix(s, "Ti") })
	fmt.Println(f.Name, f.Index, ok)
	f, ok = t.FieldByNameFunc(func(s string) bool { return s == "Name" })
	fmt.Println(f.Name, f.Index, ok)
	f, ok = t.FieldByNameFunc(func(s string) bool { return s == "Extra" })
	fmt.Println(f.Name, f.Index, ok)
	d := Doc{Base: Base{1, "b"}, Meta: &Meta{"m", true}, Title: "t", ID: "x"}
	fmt.Println(reflect.ValueOf(d).FieldByNameFunc(func(s string) bool { return s == "Extra" }))
	for sf, v := range reflect.ValueOf(d).Fields() {
		fmt.Println(sf.Name, v.Kind())
	}
	for sf := range t.Fields() {
		fmt.Print(sf.Name, " ")
	}
	fmt.Println()
	ft := reflect.TypeOf(func(int, string, ...bool) (error, float64) { return nil, 0 })
	for in := range ft.Ins() {
		fmt.Print(in, " ")
	}
	for out := range ft.Outs() {
		fmt.Print(out, " ")
	}
	fmt.Println()
	seqT := reflect.TypeOf(func(yield func(int) bool) {})
	seq2T := reflect.TypeOf(func(yield func(int, string) bool) {})
	type B bool
	badT := reflect.TypeOf(func(yield func(int) B) {})
	for _, x := range []reflect.Type{seqT, seq2T, badT, reflect.TypeOf(1), reflect.TypeOf(1.5), reflect.TypeOf(&[3]int{}), reflect.TypeOf(map[int]int{}), reflect.TypeOf(make(chan int))} {
		fmt.Println(x, x.CanSeq(), x.CanSeq2())
	}
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	it := reflect.ValueOf(m).MapRange()
	k := reflect.New(reflect.TypeOf("")).Elem()
	v := reflect.New(reflect.TypeOf(0)).Elem()
	sum := 0
	keys := []string{}
	for it.Next() {
		k.SetIterKey(it)
		v.SetIterValue(it)
		sum += int(v.Int())
		keys = append(keys, k.String())
	}
	fmt.Println(sum, len(keys))
	try("Next exhausted", func() { it.Next() })
	try("Key exhausted", func() { it.Key() })
	try("SetIterKey exhausted", func() { k.SetIterKey(it) })
	it.Reset(reflect.ValueOf(map[int]int{5: 6}))
	try("Key before next", func() { it.Key() })
	try("Value before next", func() { it.Value() })
	try("SetIterValue before next", func() { v.SetIterValue(it) })
	fmt.Println(it.Next(), it.Key(), it.Value(), it.Next())
	it.Reset(reflect.Value{})
	try("Next no map", func() { it.Next() })
	try("Reset non-map", func() { it.Reset(reflect.ValueOf(1)) })
	var anyv any
	av := reflect.ValueOf(&anyv).Elem()
	it2 := reflect.ValueOf(map[string]int{"z": 26}).MapRange()
	it2.Next()
	av.SetIterValue(it2)
	fmt.Println(anyv)
	try("SetIterKey wrong type", func() { v.SetIterKey(it2) })
	try("Fields non-struct", func() { reflect.TypeOf(1).Fields() })
	try("Ins non-func", func() { reflect.TypeOf(1).Ins() })
	try("VisibleFields non-struct", func() { reflect.VisibleFields(reflect.TypeOf(1)) })
	try("FieldByNameFunc non-struct", func() { reflect.TypeOf(1).FieldByNameFunc(nil) })
}
