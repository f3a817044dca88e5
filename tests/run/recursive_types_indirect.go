// Types declared as other types that are still being declared, through
// pointers, slices, maps and functions: no cycle (Go resolves them lazily).
package main

import "fmt"

type T1 struct{ Next *T2 }
type T2 T1

type A struct{ b []B }
type B A

type C struct{ f func(D) }
type D C

type E struct{ m map[string]F }
type F E

type G1 G2
type G2 struct{ g *G1 }

func main() {
	t := T1{Next: &T2{}}
	t.Next.Next = nil
	a := A{b: []B{{}}}
	fmt.Println(t.Next.Next == nil, len(a.b), len(a.b[0].b))
	fmt.Printf("%T %T %+v\n", T2{}, B{}, G1{})
	var d D
	fmt.Println(d.f == nil, E{}.m == nil, F{}.m == nil)
}
