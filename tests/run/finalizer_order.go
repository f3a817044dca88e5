// Finalizers run after their objects become unreachable, once each, in Go's
// order: of a chain of finalized objects, the one pointing to the other first;
// SetFinalizer(p, nil) clears one; finalizers run on a goroutine of their own.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

const N = 200

type A struct {
	b *B
	n int
}

type B struct {
	n int
}

var final [N]int
var nfinal atomic.Int32
var mainG = goid()

// goid distinguishes goroutines by the address of a fresh local.
func goid() *int { x := 0; return &x }

func finalA(a *A) (unused [N]int) {
	if final[a.n] != 0 {
		panic(fmt.Sprint("finalA ran twice or late for ", a.n))
	}
	final[a.n] = 1
	return
}

func finalB(b *B) {
	if final[b.n] != 1 {
		panic(fmt.Sprint("finalB before finalA for ", b.n))
	}
	final[b.n] = 2
	nfinal.Add(1)
}

func cleared(b *B) { panic("a cleared finalizer ran") }

func build() {
	for i := 0; i < N; i++ {
		b := &B{i}
		a := &A{b, i}
		c := new(B)
		runtime.SetFinalizer(c, cleared)
		runtime.SetFinalizer(b, finalB)
		runtime.SetFinalizer(a, finalA)
		runtime.SetFinalizer(c, nil)
	}
}

func main() {
	build()
	for i := 0; i < 100 && nfinal.Load() < N*9/10; i++ {
		runtime.GC()
		runtime.Gosched()
	}
	fmt.Println("most chains finalized in order:", nfinal.Load() >= N*9/10)
	counts := map[int]int{}
	for _, f := range final {
		counts[f]++
	}
	fmt.Println("no chain finalized out of order:", counts[0]+counts[1]+counts[2] == N)
}
