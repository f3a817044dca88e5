package main

import (
	"fmt"
	"math"
	"reflect"
)

type MyInt int
type Celsius float64
type Bytes []byte
type MyStr string
type P struct {
	X int `tag:"a"`
	Y string
}
type Q struct {
	X int `tag:"b"`
	Y string
}
type Stringer interface{ String() string }

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v\n", name, r)
		}
	}()
	f()
}

func show(v reflect.Value) { fmt.Printf("%v %T\n", v.Interface(), v.Interface()) }

func main() {
	T := reflect.TypeOf
	show(reflect.ValueOf(300).Convert(T(int8(0))))
	show(reflect.ValueOf(-1).Convert(T(uint16(0))))
	show(reflect.ValueOf(uint64(math.MaxUint64)).Convert(T(int64(0))))
	show(reflect.ValueOf(42).Convert(T(MyInt(0))))
	show(reflect.ValueOf(MyInt(7)).Convert(T(0.0)))
	show(reflect.ValueOf(uint(3)).Convert(T(float32(0))))
	show(reflect.ValueOf(3.99).Convert(T(0)))
	show(reflect.ValueOf(-3.99).Convert(T(int16(0))))
	show(reflect.ValueOf(1e10).Convert(T(uint32(0))))
	show(reflect.ValueOf(0.1).Convert(T(float32(0))))
	show(reflect.ValueOf(float32(0.1)).Convert(T(0.0)))
	show(reflect.ValueOf(36.6).Convert(T(Celsius(0))))
	show(reflect.ValueOf(complex(1, 2)).Convert(T(complex64(0))))
	show(reflect.ValueOf(65).Convert(T("")))
	show(reflect.ValueOf(-1).Convert(T("")))
	show(reflect.ValueOf(uint64(1 << 40)).Convert(T(MyStr(""))))
	show(reflect.ValueOf("héllo").Convert(T([]byte(nil))))
	show(reflect.ValueOf("héllo").Convert(T([]rune(nil))))
	show(reflect.ValueOf([]byte("abc")).Convert(T("")))
	show(reflect.ValueOf([]rune{'x', 'é'}).Convert(T(MyStr(""))))
	show(reflect.ValueOf("xyz").Convert(T(Bytes(nil))))
	show(reflect.ValueOf(Bytes("q")).Convert(T([]byte(nil))))
	show(reflect.ValueOf([]int{1, 2, 3}).Convert(T([2]int{})))
	ap := reflect.ValueOf([]int{1, 2, 3}).Convert(T(&[3]int{}))
	fmt.Println(ap.Type(), ap.Elem().Index(2))
	show(reflect.ValueOf(P{1, "a"}).Convert(T(Q{})))
	show(reflect.ValueOf(&P{1, "a"}).Convert(T(&Q{})))
	show(reflect.ValueOf(Celsius(5)).Convert(T((*Stringer)(nil)).Elem()))
	show(reflect.ValueOf(Celsius(5)).Convert(T((*any)(nil)).Elem()))
	ch := make(chan int)
	fmt.Println(reflect.ValueOf(ch).Convert(T((<-chan int)(nil))).Type())
	show(reflect.ValueOf(map[string]int{"a": 1}).Convert(T(map[string]int{})))
	fmt.Println(reflect.ValueOf(func(int) string { return "" }).Convert(T(func(int) string { return "" })).Type())
	fmt.Println(T(0).ConvertibleTo(T("")), T("").ConvertibleTo(T(0)), T([]int{}).ConvertibleTo(T([4]int{})), T(P{}).ConvertibleTo(T(Q{})), T(0).ConvertibleTo(T((*Stringer)(nil)).Elem()))
	fmt.Println(reflect.ValueOf([]int{1}).CanConvert(T([2]int{})), reflect.ValueOf([]int{1, 2}).CanConvert(T([2]int{})), reflect.ValueOf([]int{1}).CanConvert(T(&[2]int{})), reflect.ValueOf(1).CanConvert(T(true)))
	try("slice to long array", func() { reflect.ValueOf([]int{1}).Convert(T([2]int{})) })
	try("slice to long array ptr", func() { reflect.ValueOf([]int{1}).Convert(T(&[2]int{})) })
	try("int to bool", func() { reflect.ValueOf(1).Convert(T(true)) })
	try("string to int", func() { reflect.ValueOf("1").Convert(T(0)) })
	try("complex to float", func() { reflect.ValueOf(1i).Convert(T(0.0)) })
	try("nil type", func() { T(0).ConvertibleTo(nil) })
	var e error
	show(reflect.ValueOf(&e).Elem().Convert(T((*any)(nil)).Elem()))
	nan := reflect.ValueOf(float32(math.NaN())).Convert(T(float32(0)))
	fmt.Println(nan.Float() != nan.Float())
	type hidden struct{ n MyInt }
	h := reflect.ValueOf(hidden{3}).Field(0)
	c := h.Convert(T(0))
	fmt.Println(c.Int(), c.CanInterface())
}
