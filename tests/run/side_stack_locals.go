package main

import (
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
)

// Locals that must be memory (arrays indexed with a variable, values too large
// for registers) but do not escape: they must keep their values across calls
// that grow the goroutine stack, collections, panics and recoveries, and in
// many goroutines at once.

type node struct {
	val  int
	next *node
}

var sink []byte

// The only references to live nodes are in a local array indexed by a variable.
func keep(n int) int {
	var ptrs [64]*node
	for i := 0; i < n; i++ {
		ptrs[i%64] = &node{val: i, next: ptrs[(i+63)%64]}
		for j := 0; j < 50; j++ {
			sink = make([]byte, 1024)
		}
	}
	runtime.GC()
	s := 0
	for i := range ptrs {
		for p := ptrs[i]; p != nil && p.val > n-200; p = p.next {
			s += p.val
		}
	}
	return s
}

// Each frame's array is larger than a first side-stack segment.
func deep(d int) int {
	var a [300]int
	for i := range a {
		a[i] = d + i
	}
	if d == 0 {
		return a[299]
	}
	return deep(d-1) + a[d%300] - a[(d+1)%300]
}

type big struct {
	a, b, c, d, e, f, g, h int
	name                   string
}

func bigs(k int) string {
	var x big
	x.a, x.h, x.name = k, 2*k, "x"
	y := x
	y.name += "y"
	x.b = y.h
	return fmt.Sprint(x, y)
}

func squares(n int) (r [10]int) {
	for i := 0; i < n; i++ {
		r[i] = i * i
	}
	return
}

func pick(a [5]int, i int) int {
	a[i] += 100
	return a[i] + a[(i+1)%5]
}

func fails(d int) int {
	var a [32]int
	a[d%32] = d
	if d%7 == 3 {
		panic(fmt.Sprint("bad ", d))
	}
	return a[d%32]
}

func try(d int) (r int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = errors.New(fmt.Sprint(e))
		}
	}()
	return fails(d), nil
}

func main() {
	fmt.Println("keep", keep(3000))
	fmt.Println("deep", deep(200))
	fmt.Println(bigs(3))
	fmt.Println(squares(6), pick([5]int{1, 2, 3, 4, 5}, 4))

	// a frame a panic unwinds gives its side stack back though it never
	// returns: with a 64 KB stack limit, 100,000 unwound frames of 256 bytes
	// would overflow it
	debug.SetMaxStack(64 << 10)
	sum, errs := 0, 0
	var last error
	for d := 0; d < 100000; d++ {
		r, err := try(d)
		if err != nil {
			errs++
			last = err
			continue
		}
		sum += r
	}
	fmt.Println("recovered", errs, last, sum)
	debug.SetMaxStack(1 << 30)

	// function literals have frames of their own
	f := func(k int) int {
		var t [10]int
		for i := range t {
			t[i] = k * i
		}
		return t[k%10]
	}
	fmt.Println("literal", f(7), f(13))

	// every goroutine has its own side stack
	res := make(chan int)
	for g := 0; g < 100; g++ {
		go func() {
			var mine [20]int
			for i := range mine {
				mine[i] = g
			}
			runtime.Gosched()
			res <- deep(g%50) + mine[g%20]
		}()
	}
	total := 0
	for g := 0; g < 100; g++ {
		total += <-res
	}
	fmt.Println("goroutines", total)

	// Go 1.22 loop variables: each iteration's array starts at zero
	for i := 0; i < 3; i++ {
		var a [3]int
		a[i] += i + 1
		fmt.Print(a, " ")
	}
	fmt.Println()
}
