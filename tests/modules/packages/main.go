// A program of several packages of its module: types, methods, interfaces
// and generics declared in one package and used in another, embedding across
// packages, package initialization in dependency order, renamed imports,
// and type names as fmt prints them.
package main

import (
	"errors"
	"fmt"

	"example.com/shapes/geom"
	u "example.com/shapes/geom/measure"
)

func init() { geom.Registry = append(geom.Registry, "main") }

type Square struct{ geom.Rect }

func (s Square) String() string { return fmt.Sprintf("Square(%g)", s.W) }

func main() {
	shapes := []geom.Shape{geom.Circle{R: 1}, &geom.Rect{W: 2, H: 3}, &Square{geom.Rect{W: 2, H: 2}}}
	for _, s := range shapes {
		fmt.Printf("%v %T %.3f\n", s, s, s.Area())
	}
	fmt.Printf("%.3f %v\n", u.Total(shapes...), geom.Registry)
	fmt.Println(geom.Max(3, 9, 2), geom.Max(1.5, -2.0))
	var st geom.Stack[string]
	st.Push("a")
	st.Push("b")
	fmt.Println(st.Pop(), st.Len())
	fmt.Printf("%T %v %+v %#v\n", geom.Origin(), geom.Origin(), geom.Origin(), geom.Origin())
	err := fmt.Errorf("wrap: %w", geom.ErrEmpty)
	fmt.Println(errors.Is(err, geom.ErrEmpty), err)
	for k, v := range geom.Sizes() {
		fmt.Println(k, v)
	}
	var r *geom.Rect
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(r.Area())
}
