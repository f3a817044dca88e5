package main

// reflect: SetMapIndex (store, delete, interface keys and elements, nil maps,
// unhashable keys), MapIndex with an interface key, Set into interfaces,
// UnsafeAddr, and their panics.

import (
	"fmt"
	"reflect"
	"sort"
	"unsafe"
)

type T [129]byte

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type holder struct {
	Any   any
	Shape Shape
	n     int
}

func main() {
	m := map[string]T{}
	v := reflect.ValueOf(m)
	v.SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf(T{1, 2}))
	fmt.Println(len(m), m["a"][1])
	v.SetMapIndex(reflect.ValueOf("a"), reflect.Value{})
	fmt.Println(len(m))

	ma := map[any]int{"x": 1, 2: 3}
	va := reflect.ValueOf(ma)
	fmt.Println(va.MapIndex(reflect.ValueOf("x")), va.MapIndex(reflect.ValueOf(2)), va.MapIndex(reflect.ValueOf(2.5)).IsValid())
	va.SetMapIndex(reflect.ValueOf(2.5), reflect.ValueOf(9))
	fmt.Println(ma[2.5], len(ma))

	ms := map[string]Shape{}
	reflect.ValueOf(ms).SetMapIndex(reflect.ValueOf("sq"), reflect.ValueOf(Sq{3}))
	fmt.Println(ms["sq"].Area())

	h := holder{}
	hv := reflect.ValueOf(&h).Elem()
	hv.Field(0).Set(reflect.ValueOf(42))
	hv.Field(1).Set(reflect.ValueOf(Sq{2}))
	fmt.Println(h.Any, h.Shape.Area())

	n := 10
	p := unsafe.Pointer(reflect.ValueOf(&n).Elem().UnsafeAddr())
	*(*int)(p) = 11
	fmt.Println(n)

	mi := map[int]string{3: "c", 1: "a"}
	vi := reflect.ValueOf(mi)
	vi.SetMapIndex(reflect.ValueOf(2), reflect.ValueOf("b"))
	keys := []int{}
	for _, k := range vi.MapKeys() {
		keys = append(keys, int(k.Int()))
	}
	sort.Ints(keys)
	fmt.Println(keys, mi)

	try := func(name string, f func()) {
		defer func() { fmt.Println(name, "->", recover()) }()
		f()
	}
	try("wrong key", func() { vi.SetMapIndex(reflect.ValueOf("x"), reflect.ValueOf("y")) })
	try("wrong elem", func() { vi.SetMapIndex(reflect.ValueOf(5), reflect.ValueOf(5)) })
	try("not a map", func() { reflect.ValueOf(3).SetMapIndex(reflect.ValueOf(1), reflect.ValueOf(1)) })
	try("nil map", func() {
		var nm map[string]int
		reflect.ValueOf(nm).SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf(1))
	})
	try("unexported", func() { hv.Field(0).Set(hv.Field(2)) })
	try("unaddressable", func() { reflect.ValueOf(n).UnsafeAddr() })
	try("zero", func() { reflect.Value{}.UnsafeAddr() })
	try("not shape", func() { hv.Field(1).Set(reflect.ValueOf(3)) })
	try("set zero", func() { hv.Field(0).Set(reflect.Value{}) })
	try("mapindex wrong", func() { vi.MapIndex(reflect.ValueOf("s")) })
	try("unhashable set", func() { va.SetMapIndex(reflect.ValueOf([]int{1}), reflect.ValueOf(1)) })
	try("unhashable index", func() { va.MapIndex(reflect.ValueOf([]int{1})) })
	try("unhashable delete", func() { va.SetMapIndex(reflect.ValueOf(map[int]int{}), reflect.Value{}) })
	type K struct{ X any }
	mk := map[K]int{}
	try("unhashable struct", func() { reflect.ValueOf(mk).SetMapIndex(reflect.ValueOf(K{[]int{}}), reflect.ValueOf(1)) })
	reflect.ValueOf(mk).SetMapIndex(reflect.ValueOf(K{"k"}), reflect.ValueOf(7))
	fmt.Println(ma[2.5], mk)
	var nm map[string]int
	reflect.ValueOf(nm).SetMapIndex(reflect.ValueOf("gone"), reflect.Value{})
	fmt.Println(reflect.ValueOf(nm).MapIndex(reflect.ValueOf("x")).IsValid())
}
