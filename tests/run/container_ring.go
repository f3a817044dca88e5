// container/ring: building, moving, linking and unlinking rings, the zero Ring
// and the nil one.
package main

import (
	"container/ring"
	"fmt"
)

func show(name string, r *ring.Ring) {
	fmt.Print(name, " len=", r.Len(), ":")
	r.Do(func(v any) { fmt.Print(" ", v) })
	fmt.Println()
}

func fill(r *ring.Ring, from int) *ring.Ring {
	for i := 0; i < r.Len(); i++ {
		r.Value = from + i
		r = r.Next()
	}
	return r
}

func main() {
	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, z.Prev() == &z, z.Move(3) == &z)
	show("zero", &z)
	var nilr *ring.Ring
	fmt.Println(nilr.Len(), ring.New(0) == nil, ring.New(-1) == nil)
	nilr.Do(func(any) { fmt.Println("never") })

	r := fill(ring.New(5), 1)
	show("r", r)
	show("move2", r.Move(2))
	show("move-1", r.Move(-1))
	show("move7", r.Move(7))
	show("prev", r.Prev())

	s := fill(ring.New(3), 10)
	old := r.Link(s)
	show("linked", r)
	show("old", old)

	u := r.Unlink(3)
	show("unlinked", u)
	show("rest", r)
	fmt.Println(r.Unlink(0) == nil, r.Unlink(-2) == nil)

	// linking a ring with itself removes the elements in between
	t := fill(ring.New(6), 100)
	cut := t.Link(t.Move(3))
	show("t", t)
	show("cut", cut)

	sum := 0
	r.Do(func(v any) { sum += v.(int) })
	fmt.Println("sum", sum)
	fmt.Println(r.Link(nil).Value)
}
