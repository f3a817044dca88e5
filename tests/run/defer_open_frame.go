// Open-coded defers kept in the deferring frame: every kind of deferred call
// (method with value receiver, interface method, func value, builtins,
// function literal), a panic after the stack has moved, a panic raised by a
// deferred call a return makes, recovery resuming a frame whose other calls
// are still pending, nested panics, Goexit, and a panic unwinding a deep
// recursion whose every frame has a pending call, in many goroutines.
package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
)

type T struct {
	name string
	x    float64
	p    [3]int
}

func (t T) show(tag string, f float32) { fmt.Println("show", tag, t.name, t.x, t.p, f) }

type Shower interface{ Show(int) }

type S struct{ s string }

func (s *S) Show(n int) { fmt.Println("S.Show", s.s, n) }

func grow(n int) int {
	var pad [64]int
	pad[n%64] = n
	if n == 0 {
		return pad[0]
	}
	return grow(n-1) + pad[n%64]
}

// several sites of every kind, a panic after the stack moved
func kinds(fail bool) (r int) {
	t := T{"t", 2.5, [3]int{1, 2, 3}}
	defer t.show("first", 1.5)
	var sh Shower = &S{"iface"}
	defer sh.Show(7)
	cancel := func() { fmt.Println("cancel", r) }
	defer cancel()
	ch := make(chan int, 1)
	defer close(ch)
	defer println("println deferred", 3, "x")
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("recovered", e)
			r = 42
		}
	}()
	t.name = "changed"
	r = grow(2000)
	if fail {
		var m map[string]int
		m["a"] = 1
	}
	return r
}

// a panic in a deferred call made by a return, recovered by an earlier one
func retpanic() (s string) {
	defer func() { s += fmt.Sprint(" recovered:", recover()) }()
	defer panic("from defer")
	return "ret"
}

// a recovery, then the calls still pending run from the landing pad
func landing() (n int) {
	defer func() { n *= 10; fmt.Println("outer", n) }()
	defer func() { n += 1; fmt.Println("middle", n) }()
	defer func() { fmt.Println("inner recovers", recover()); n += 100 }()
	var a []int
	_ = a[5]
	return 7
}

// nested panic in a deferred call
func nested() {
	defer func() { fmt.Println("nested outer", recover()) }()
	defer func() {
		defer func() { fmt.Println("inner-inner", recover()) }()
		panic("second")
	}()
	panic("first")
}

func conditional(a, b bool) {
	if a {
		defer fmt.Println("a ran")
	}
	if b {
		defer fmt.Println("b ran")
		return
	}
	fmt.Println("no b")
}

func goexiter(wg *sync.WaitGroup) {
	defer wg.Done()
	defer fmt.Println("goexit deferred")
	func() {
		defer fmt.Println("inner deferred")
		runtime.Goexit()
	}()
	fmt.Println("unreachable")
}

func errWrap() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return errors.New("base")
}

// every level defers; the panic at the bottom runs them innermost first
func deep(n int, trail *[]int) {
	defer func() { *trail = append(*trail, n) }()
	if n == 0 {
		panic("bottom")
	}
	deep(n-1, trail)
}

func unwind(id int, out chan<- string) {
	var trail []int
	defer func() {
		r := recover()
		ok := len(trail) == 1001
		for i, v := range trail {
			ok = ok && v == i
		}
		out <- fmt.Sprint(id%2, r, ok)
	}()
	deep(1000, &trail)
}

func main() {
	out := make(chan string)
	for i := 0; i < 50; i++ {
		go unwind(i, out)
	}
	seen := map[string]int{}
	for i := 0; i < 50; i++ {
		seen[<-out]++
	}
	fmt.Println(seen)
	fmt.Println(kinds(false))
	fmt.Println(kinds(true))
	fmt.Println(retpanic())
	fmt.Println(landing())
	nested()
	conditional(true, false)
	conditional(false, true)
	conditional(true, true)
	var wg sync.WaitGroup
	wg.Add(1)
	go goexiter(&wg)
	wg.Wait()
	fmt.Println(errWrap())
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		func() {
			defer sb.WriteString(fmt.Sprint(i))
		}()
	}
	fmt.Println(sb.String())
	defer fmt.Println("main deferred, then exit")
	defer os.Stdout.Sync()
	func() {
		defer func() { panic(fmt.Sprint("re-", recover())) }()
		panic("boom")
	}()
}
