// Small objects are read by the words their types say may hold pointers: an
// int field holding the address of an otherwise unreachable object keeps
// nothing alive (its finalizer runs), while lists of objects of many sizes
// whose pointers sit at every word position, and values boxed in interfaces,
// closures and slices of structs, survive many collections intact.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"time"
	"unsafe"
)

type small struct {
	p    *int
	addr int
}

type obj struct{ v [4]int }

type n3 struct {
	a, b int
	next *n3
}

type n5 struct {
	a, b, c, d int
	next       *n5
}

type n6 struct {
	next       *n6
	a, b, c, d int
	s          string
}

type n13 struct {
	pad  [12]int
	next *n13
}

type n40 struct {
	pad  [39]int
	next *n40
}

const hidden = 16

var finalized = make(chan int, hidden)

//go:noinline
func hide(s *small, i int) {
	o := &obj{}
	o.v[0] = i
	runtime.SetFinalizer(o, func(o *obj) { finalized <- o.v[0] })
	s.addr = int(uintptr(unsafe.Pointer(o)))
}

//go:noinline
func build(n int) (*n3, *n5, *n6, *n13, *n40) {
	var l3 *n3
	var l5 *n5
	var l6 *n6
	var l13 *n13
	var l40 *n40
	for i := 0; i < n; i++ {
		l3 = &n3{a: i, b: 2 * i, next: l3}
		l5 = &n5{a: i, d: 3 * i, next: l5}
		l6 = &n6{next: l6, a: i, s: strings.Repeat("x", i%7)}
		l13 = &n13{next: l13}
		l13.pad[11] = i
		l40 = &n40{next: l40}
		l40.pad[38] = i
	}
	return l3, l5, l6, l13, l40
}

func churn() {
	var keep []*[16]int
	for i := 0; i < 20000; i++ {
		keep = append(keep, new([16]int))
		if len(keep) > 100 {
			keep = keep[1:]
		}
	}
}

func main() {
	holders := make([]*small, hidden)
	for i := range holders {
		v := i * 10
		holders[i] = &small{p: &v}
		hide(holders[i], i)
	}
	l3, l5, l6, l13, l40 := build(5000)
	var boxed []any
	var funcs []func() int
	for i := 0; i < 1000; i++ {
		boxed = append(boxed, n5{a: i, next: &n5{a: -i}})
		j := i
		funcs = append(funcs, func() int { return j * 2 })
	}

	got := 0
	deadline := time.Now().Add(5 * time.Second)
	for got < hidden && time.Now().Before(deadline) {
		churn()
		runtime.GC()
	wait:
		for {
			select {
			case <-finalized:
				got++
			case <-time.After(10 * time.Millisecond):
				break wait
			}
		}
	}
	fmt.Println("finalized at least 12 of", hidden, ":", got >= 12)

	sum := 0
	for _, h := range holders {
		sum += *h.p
	}
	for p := l3; p != nil; p = p.next {
		sum += p.a + p.b
	}
	for p := l5; p != nil; p = p.next {
		sum += p.a + p.d
	}
	for p := l6; p != nil; p = p.next {
		sum += p.a + len(p.s)
	}
	for p := l13; p != nil; p = p.next {
		sum += p.pad[11]
	}
	for p := l40; p != nil; p = p.next {
		sum += p.pad[38]
	}
	for _, b := range boxed {
		x := b.(n5)
		sum += x.a - x.next.a
	}
	for _, f := range funcs {
		sum += f()
	}
	fmt.Println(sum)
}
