package main

import (
	"fmt"
	"runtime"
)

// Pointers to locals passed to callees that do not keep them: the locals stay
// in their frame (gc: on its stack; minigo: on its side stack), so the
// pointers must survive stack growth, collections and panics; pointers that
// callees keep must not be invalidated by later frames reusing that memory.

type point struct{ x, y int }

func (p *point) move(d int) { p.x += d; p.y -= d }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

// Recursion passing &a down grows the goroutine stack many times.
func fill(a *[64]int, d int) int {
	if d == 0 {
		return a[0]
	}
	a[d%64] += d
	return fill(a, d-1) + a[(d+1)%64]
}

type node struct {
	val  int
	next *node
}

func link(n *node, to *node) { n.next = to }

func walk(n *node) int {
	s := 0
	for ; n != nil; n = n.next {
		s += n.val
	}
	return s
}

var kept *int

func keep(p *int)             { kept = p }
func ret(p *int) *int         { return p }
func boxed(p *point) any      { return p }
func later(p *int) func() int { return func() int { return *p } }

// clobber reuses the memory frames before it had.
func clobber() int {
	var junk [256]int
	for i := range junk {
		junk[i] = -1
	}
	return junk[len(junk)-1]
}

func kept1() {
	x := 11
	keep(&x)
}

func ret1() *int {
	y := 22
	return ret(&y)
}

func boxed1() any {
	p := point{1, 2}
	return boxed(&p)
}

func later1() func() int {
	z := 33
	return later(&z)
}

func mayFail(p *point, d int) {
	p.move(d)
	if d%5 == 0 {
		panic(d)
	}
}

func try(d int) (err any) {
	defer func() { err = recover() }()
	var p point
	mayFail(&p, d)
	return nil
}

func main() {
	var a [64]int
	fmt.Println("fill", fill(&a, 20000), a[5])

	var p point
	for i := 0; i < 10; i++ {
		p.move(i)
	}
	fmt.Println("moved", p)

	var n1, n2, n3 node
	n1.val, n2.val, n3.val = 1, 2, 3
	link(&n1, &n2)
	link(&n2, &n3)
	runtime.GC()
	fmt.Println("walk", walk(&n1))

	kept1()
	r := ret1()
	b := boxed1()
	l := later1()
	clobber()
	runtime.GC()
	clobber()
	fmt.Println("kept", *kept, *r, b, l())

	fails := 0
	for d := 0; d < 1000; d++ {
		if try(d) != nil {
			fails++
		}
	}
	fmt.Println("recovered", fails)

	done := make(chan int)
	for g := 0; g < 10; g++ {
		go func() {
			var mine [64]int
			done <- fill(&mine, 100*g)
		}()
	}
	t := 0
	for g := 0; g < 10; g++ {
		t += <-done
	}
	fmt.Println("goroutines", t)
}
