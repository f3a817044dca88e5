// An assignment evaluates the operands of its left side, then its right side,
// then stores left to right: a nil dereference or an index out of range on
// the left panics only when its store comes, after the right side and the
// stores before it. A defined pointer type selects fields through its pointer.
package main

import "fmt"

type P struct{ i int }

type T *struct{ x struct{ y int } }

func say(s string) int { fmt.Println("evaluated", s); return len(s) }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	m := map[int]int{}
	var p *int
	try("map then nil", func() { m[2], *p = 42, 2 })
	fmt.Println(len(m), m[2])
	s := []int{}
	try("map then index", func() { m[3], s[1] = 3, 2 })
	fmt.Println(len(m), m[3])
	var pp *P
	try("map then field", func() { m[4], pp.i = 4, 2 })
	fmt.Println(len(m), m[4])
	try("rhs before nil store", func() { *p = say("rhs") })
	var arr *[4]int
	try("rhs before array store", func() { arr[1] = say("array rhs") })
	a := [3]int{}
	i := 5
	try("index after rhs", func() { a[1], a[i] = say("one"), say("two") })
	fmt.Println(a)
	type holder struct{ p *int }
	var h holder
	try("selector", func() { h.p, *h.p = new(int), say("sel") })
	fmt.Println(h.p != nil)

	q := T(&struct{ x struct{ y int } }{})
	q.x.y = 7
	r := q
	r, r.x.y = nil, 8 // r.x.y's operand r is evaluated before r is assigned
	fmt.Println(q.x.y, r == nil)
}
