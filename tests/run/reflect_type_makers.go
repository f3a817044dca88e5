package main

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
)

type Point struct{ X, Y int }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panics:", r)
		}
	}()
	f()
}

func main() {
	intT, strT := reflect.TypeOf(0), reflect.TypeOf("")

	// a made type the program has is the program's own
	st := reflect.SliceOf(intT)
	fmt.Println(st, st == reflect.TypeOf([]int(nil)))
	s := reflect.MakeSlice(st, 2, 4).Interface().([]int)
	fmt.Println(s, cap(s))
	at := reflect.ArrayOf(8, strT)
	fmt.Println(at, at == reflect.TypeOf([8]string{}), at.Size(), at.Len())
	m := map[[8]string]int{{"a"}: 1}
	k := reflect.New(at).Elem()
	k.Index(0).SetString("a")
	fmt.Println(m[k.Interface().([8]string)])
	mt := reflect.MapOf(strT, intT)
	fmt.Println(mt, mt == reflect.TypeOf(map[string]int{}))
	ft := reflect.FuncOf([]reflect.Type{intT}, []reflect.Type{strT}, false)
	fmt.Println(ft, ft == reflect.TypeOf(func(int) string { return "" }))
	pt := reflect.StructOf([]reflect.StructField{{Name: "X", Type: intT}, {Name: "Y", Type: intT}})
	fmt.Println(pt, pt == reflect.TypeOf(struct{ X, Y int }{}), pt.ConvertibleTo(reflect.TypeOf(Point{})))

	// types the program does not have
	bt := reflect.SliceOf(reflect.TypeOf(true))
	b := reflect.MakeSlice(bt, 0, 0)
	b = reflect.Append(b, reflect.ValueOf(true), reflect.ValueOf(false))
	fmt.Println(bt, bt.Kind(), bt.Elem(), b.Len(), b.Index(1), b.Interface())
	ft3 := reflect.ArrayOf(3, reflect.TypeOf(0.0))
	a := reflect.New(ft3).Elem()
	a.Index(1).SetFloat(2.5)
	fmt.Println(ft3, ft3.Size(), ft3.Align(), ft3.Comparable(), a.Interface(), reflect.ArrayOf(3, reflect.TypeOf(0.0)) == ft3)
	fmt.Printf("%v %T\n", a.Interface(), a.Interface())
	fmt.Println(reflect.PointerTo(ft3), reflect.PointerTo(ft3).Elem() == ft3, reflect.New(ft3).Type() == reflect.PointerTo(ft3))

	keyT := reflect.StructOf([]reflect.StructField{
		{Name: "Name", Type: strT, Tag: `json:"name"`},
		{Name: "Age", Type: reflect.TypeOf(uint8(0))},
	})
	fmt.Println(keyT, keyT.Size(), keyT.Align(), keyT.NumField(), keyT.Field(0).Tag.Get("json"), keyT.Field(1).Offset)
	mm := reflect.MakeMap(reflect.MapOf(keyT, reflect.TypeOf([]string{})))
	key := reflect.New(keyT).Elem()
	key.Field(0).SetString("ann")
	key.Field(1).SetUint(30)
	mm.SetMapIndex(key, reflect.ValueOf([]string{"x", "y"}))
	key2 := reflect.New(keyT).Elem()
	key2.Field(0).SetString(strings.ToLower("ANN"))
	key2.Field(1).SetUint(30)
	fmt.Println(mm.Type(), mm.Len(), mm.MapIndex(key2), key.Interface() == key2.Interface())
	fmt.Printf("%+v %v\n", key.Interface(), mm.Interface())

	// layout: padding, a trailing zero-size field, an embedded field
	lay := reflect.StructOf([]reflect.StructField{
		{Name: "A", Type: reflect.TypeOf(byte(0))},
		{Name: "B", Type: reflect.TypeOf(int64(0))},
		{Name: "C", Type: reflect.TypeOf(int16(0))},
		{Name: "Z", Type: reflect.TypeOf(struct{}{})},
	})
	fmt.Println(lay, lay.Size(), lay.Field(1).Offset, lay.Field(2).Offset, lay.Field(3).Offset)
	emb := reflect.StructOf([]reflect.StructField{{Name: "Point", Type: reflect.TypeOf(Point{}), Anonymous: true}, {Name: "Z", Type: intT}})
	e := reflect.New(emb).Elem()
	e.Field(0).Set(reflect.ValueOf(Point{1, 2}))
	e.FieldByName("Z").SetInt(3)
	fmt.Printf("%v %+v %v\n", emb, e.Interface(), e.FieldByName("Y"))
	ptrs := reflect.StructOf([]reflect.StructField{{Name: "P", Type: reflect.TypeOf(&Point{})}, {Name: "S", Type: strT}})
	var keep []reflect.Value
	for i := 0; i < 1000; i++ {
		v := reflect.New(ptrs).Elem()
		v.Field(0).Set(reflect.ValueOf(&Point{i, -i}))
		v.Field(1).SetString(fmt.Sprint("s", i))
		keep = append(keep, v)
	}
	runtime.GC()
	sum := 0
	for _, v := range keep {
		sum += v.Field(0).Elem().Field(0).Interface().(int)
	}
	fmt.Println(ptrs, sum, keep[999].Field(1))

	// channels and funcs
	ct := reflect.ChanOf(reflect.BothDir, intT)
	fmt.Println(ct, ct == reflect.TypeOf(make(chan int)), reflect.ChanOf(reflect.RecvDir, ct), reflect.ChanOf(reflect.SendDir, ct))
	fmt.Println(reflect.ChanOf(reflect.BothDir, reflect.ChanOf(reflect.RecvDir, strT)), reflect.ChanOf(reflect.SendDir, reflect.ChanOf(reflect.RecvDir, strT)))
	ch := reflect.MakeChan(reflect.ChanOf(reflect.BothDir, reflect.TypeOf(Point{})), 3)
	fmt.Println(ch.Type(), ch.Len(), ch.Cap())
	errT := reflect.TypeOf((*error)(nil)).Elem()
	f2 := reflect.FuncOf([]reflect.Type{strT, reflect.SliceOf(intT)}, []reflect.Type{intT, errT}, true)
	fmt.Println(f2, f2.IsVariadic(), f2.NumIn(), f2.Out(1), reflect.FuncOf(nil, nil, false), reflect.FuncOf(nil, []reflect.Type{ft}, false))
	fmt.Println(reflect.DeepEqual(a.Interface(), reflect.New(ft3).Elem().Interface()), reflect.Zero(ft3).Interface())

	try("ArrayOf(-1)", func() { reflect.ArrayOf(-1, intT) })
	try("MapOf([]int)", func() { reflect.MapOf(st, intT) })
	try("ChanOf(0)", func() { reflect.ChanOf(0, intT) })
	try("ChanOf(big)", func() { reflect.ChanOf(reflect.BothDir, reflect.ArrayOf(1<<14, intT)) })
	try("FuncOf variadic", func() { reflect.FuncOf([]reflect.Type{intT}, nil, true) })
	try("StructOf no name", func() { reflect.StructOf([]reflect.StructField{{Type: intT}}) })
	try("StructOf bad name", func() { reflect.StructOf([]reflect.StructField{{Name: "1x", Type: intT}}) })
	try("StructOf no type", func() { reflect.StructOf([]reflect.StructField{{Name: "X"}}) })
	try("StructOf dup", func() { reflect.StructOf([]reflect.StructField{{Name: "X", Type: intT}, {Name: "X", Type: strT}}) })
	try("StructOf unexported", func() { reflect.StructOf([]reflect.StructField{{Name: "x", Type: intT}}) })
	try("StructOf pkgs", func() {
		reflect.StructOf([]reflect.StructField{{Name: "x", Type: intT, PkgPath: "a"}, {Name: "y", Type: intT, PkgPath: "b"}})
	})
	try("StructOf blanks", func() {
		fmt.Println(reflect.StructOf([]reflect.StructField{{Name: "_", Type: intT, PkgPath: "main"}, {Name: "_", Type: intT, PkgPath: "main"}}))
	})
	try("StructOf embedded **", func() {
		reflect.StructOf([]reflect.StructField{{Name: "P", Type: reflect.PointerTo(reflect.TypeOf(&Point{})), Anonymous: true}})
	})
	try("Call made func", func() {
		fmt.Println(reflect.Zero(f2).IsNil())
	})
}
