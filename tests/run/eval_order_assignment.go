// An assignment in gc's order: the calls on both sides first, then the index
// operands and pointers of the left side, then the stores.
package main

import "fmt"

func main() {
	i := 0
	a := []int{0, 0}
	f := func() int { i = 1; return 5 }
	a[i] = f()
	fmt.Println(a)
	i = 0
	a = []int{0, 0}
	a[i], i = f(), 0
	fmt.Println(a, i)
	m := map[int]int{}
	i = 0
	m[i] = f()
	fmt.Println(m)
	type S struct{ x int }
	s := &S{}
	p := s
	g := func() int { p = &S{}; return 7 }
	p.x = g()
	fmt.Println(s.x, p.x)
	i = 0
	a = []int{0, 0}
	a[i] += f()
	fmt.Println(a)
	var arr [3]int
	k := 0
	h := func() int { k = 2; return 9 }
	arr[k] = h()
	fmt.Println(arr)
	x := 1
	inc := func() int { x++; return x }
	fmt.Println(x, inc(), x, inc())
	y := []int{x, inc()}
	fmt.Println(y)
	var r [2]int
	j := 0
	next := func() int { j++; return j }
	r[j] = next()
	fmt.Println(r, j)
	switch v := x + inc(); v {
	default:
		fmt.Println(v)
	}
	ret := func() (int, int) { x = 1; return x, inc() }
	fmt.Println(ret())
}
