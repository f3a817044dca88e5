// append(s, make([]T, n)...) grows s in place, as gc compiles it: no slice of
// n elements is made, so a length no array can hold panics as growslice does
// (makeslice only for a negative length, or when make has a capacity).
package main

import "fmt"

type buf []byte

func grow(s []int, n int) []int { return append(s, make([]int, n)...) }

func show(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3}
	t := s[:1]
	t = append(t, make([]int, 2)...) // in place: clears what was there
	fmt.Println(s, t, len(t), cap(t))
	u := grow(t, 5)
	fmt.Println(u, len(u), cap(u))
	var b buf
	b = append(b, make(buf, 3)...)
	b = append(b, (make([]byte, 40))...)
	fmt.Println(len(b), cap(b))
	ps := []*int{new(int)}
	ps = append(ps[:0], make([]*int, 1)...)
	fmt.Println(ps[0] == nil, len(ps))
	var un uint = 2
	fmt.Println(len(append([]int(nil), make([]int, un)...)))
	fmt.Println(len(append(s, make([]int, 0)...)), len(append([]struct{}{}, make([]struct{}, 7)...)))
	show("negative", func() { n := -1; _ = append(s, make([]int, n)...) })
	show("huge", func() { n := 1 << 60; _ = append(s, make([]int, n)...) })
	show("overflow", func() { n := 1<<63 - 2; _ = append(s, make([]int, n)...) })
	show("huge uint", func() { var n uint64 = 1 << 63; _ = append(s, make([]int, n)...) })
	show("with cap", func() { n := 1 << 60; _ = append(s, make([]int, n, n)...) })
	show("not make", func() { n := 1 << 60; _ = append(s, make([]int, n)[:0]...) })
	show("byte huge", func() { n := 1 << 50; fmt.Println(len(append([]byte{}, make([]byte, n)...))) })
}
