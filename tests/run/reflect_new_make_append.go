package main

import (
	"fmt"
	"reflect"
)

type Point struct {
	X, Y int
	Name string `json:"name"`
}

func (p *Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type Inner struct{ A int }
type Outer struct {
	*Inner
	B int
}

func main() {
	v := reflect.New(reflect.TypeOf(Point{}))
	fmt.Println(v.Type(), v.Kind(), v.Elem().CanSet())
	v.Elem().Field(0).SetInt(3)
	v.Elem().FieldByName("Name").SetString("p")
	fmt.Println(v.Interface(), v.Elem().Interface())
	if s, ok := v.Interface().(fmt.Stringer); ok {
		fmt.Println("stringer", s.String())
	}
	p := v.Interface().(*Point)
	fmt.Println(p.X, p.Name)
	ip := reflect.New(reflect.TypeOf(0))
	ip.Elem().SetInt(42)
	fmt.Println(*(ip.Interface().(*int)), ip.Type())
	pp := reflect.New(reflect.TypeOf(&Point{}))
	fmt.Println(pp.Type(), pp.Elem().IsNil(), reflect.PointerTo(reflect.TypeOf(pp.Interface())))

	s := reflect.MakeSlice(reflect.TypeOf([]string{}), 2, 5)
	s.Index(0).SetString("a")
	s = reflect.Append(s, reflect.ValueOf("x"), reflect.ValueOf("y"), reflect.ValueOf("z"), reflect.ValueOf("w"))
	fmt.Println(s.Len(), s.Cap(), s.Interface())
	s2 := reflect.AppendSlice(s, reflect.ValueOf([]string{"q"}))
	fmt.Println(s2.Len(), s2.Cap(), s2.Slice(1, 3).Interface(), s2.Slice3(0, 2, 3).Cap())
	ints := reflect.ValueOf([]int{})
	for i := 0; i < 20; i++ {
		ints = reflect.Append(ints, reflect.ValueOf(i))
		fmt.Print(ints.Cap(), " ")
	}
	fmt.Println()

	m := reflect.MakeMap(reflect.TypeOf(map[string]int{}))
	m.SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf(7))
	fmt.Println(m.Interface(), m.Len())
	m.Clear()
	fmt.Println(m.Len())

	c := reflect.MakeChan(reflect.TypeOf(make(chan int)), 3)
	fmt.Println(c.Cap(), c.Type())
	c.Close()

	arr := [4]int{1, 2, 3, 4}
	av := reflect.ValueOf(&arr).Elem()
	sl := av.Slice(1, 3)
	fmt.Println(sl.Type(), sl.Interface(), sl.Len(), sl.Cap())
	sl.Index(0).SetInt(20)
	fmt.Println(arr)
	fmt.Println(reflect.Copy(reflect.ValueOf(make([]byte, 3)), reflect.ValueOf("hello")))
	dst := make([]int, 2)
	n := reflect.Copy(reflect.ValueOf(dst), reflect.ValueOf([]int{9, 8, 7}))
	fmt.Println(n, dst)

	x := 5
	xv := reflect.ValueOf(&x).Elem()
	a := xv.Addr()
	fmt.Println(a.Type(), *(a.Interface().(*int)))
	fmt.Println(xv.CanInt(), xv.CanUint(), xv.CanFloat(), xv.OverflowInt(1<<40))
	var i8 int8
	fmt.Println(reflect.ValueOf(i8).OverflowInt(200), reflect.TypeOf(i8).OverflowInt(100), reflect.TypeOf(float32(0)).OverflowFloat(1e39))
	xv.SetZero()
	fmt.Println(x)
	fmt.Println(reflect.ValueOf(1).Equal(reflect.ValueOf(1)), reflect.ValueOf(1).Equal(reflect.ValueOf(int64(1))), reflect.ValueOf([]int{}).Comparable())
	fmt.Println(reflect.ValueOf(Point{}).NumMethod(), reflect.ValueOf(&Point{}).NumMethod())
	fmt.Println(reflect.TypeOf(Point{}).Align(), reflect.TypeOf(int8(0)).Align(), reflect.TypeOf(Outer{}).FieldByIndex([]int{0, 0}))
	o := Outer{}
	_, err := reflect.ValueOf(o).FieldByIndexErr([]int{0, 0})
	fmt.Println(err)
	bs := []byte("ab")
	bv := reflect.ValueOf(&bs).Elem()
	bv.SetBytes([]byte("xyz"))
	bv.SetLen(2)
	fmt.Println(string(bs), bv.Cap())
	bv.Grow(100)
	fmt.Println(bv.Cap() >= 102, bv.Len())
	r, ok := reflect.TypeAssert[int](reflect.ValueOf(3))
	fmt.Println(r, ok)
	defer func() { fmt.Println("recovered:", recover()) }()
	reflect.MakeSlice(reflect.TypeOf(0), 1, 1)
}
