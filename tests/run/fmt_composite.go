package main

import "fmt"

type Inner struct {
	A int
	b string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []int
	M     map[string]int
	Iface any
	F     func()
}

type Color int

func (c Color) String() string { return [...]string{"red", "green"}[c] }

type Wrap struct {
	C  Color
	Cs []Color
	c  Color
}

func main() {
	o := Outer{Name: "o", In: Inner{1, "x"}, List: []int{1, 2}, M: map[string]int{"z": 1, "a": 2}, Iface: 3}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%#v\n", Inner{1, "x"})
	fmt.Printf("%v %+v\n", &o.In, &Inner{2, "y"})
	fmt.Println([]*int{nil}, map[int][]string{2: {"b"}, 1: {"a"}})
	fmt.Println(Wrap{1, []Color{0, 1}, 1})
	fmt.Printf("%v %d %s\n", Color(0), Color(1), Color(1))
	fmt.Printf("%#v %#v %#v\n", []int{1}, map[string]bool{"t": true}, [2]string{"a", "b"})
	fmt.Printf("%#v %#v %#v\n", []int(nil), map[int]int(nil), struct{ X, Y int }{1, 2})
	fmt.Printf("%v %v\n", [][]int{{1}, {2, 3}}, [2][2]bool{})
	var np *Inner
	var ni any
	fmt.Printf("%v %+v %v %d\n", np, ni, nil, []any{nil, 1})
	fmt.Printf("%T %T %T %T %T\n", o, &o, o.M, o.F, ni)
	fmt.Printf("%T %T %T\n", []any{}, struct{ A int }{}, [3]*int{})
	fmt.Printf("%v\n", map[Color]int{1: 10, 0: 5})
	fmt.Printf("%x %X\n", []int{10, 255}, "hi")
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%d\n", []any{1, "x"})
	fmt.Printf("%05d|%-4v|\n", []int{1, 22}, []int{3})
}
