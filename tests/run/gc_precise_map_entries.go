// Map entries are read by their key's and value's pointer words: an int in a
// value that holds the address of an otherwise unreachable object keeps
// nothing alive (its finalizer runs), in a small map and in a large one, while
// the pointers in keys and values keep their targets through many collections.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"time"
	"unsafe"
)

type rec struct {
	p    *int
	addr int
	name string
}

type obj struct{ v [4]int }

const hidden = 16

var finalized = make(chan int, hidden)

//go:noinline
func hide(m map[string]rec, k string, i int) {
	o := &obj{}
	o.v[0] = i
	runtime.SetFinalizer(o, func(o *obj) { finalized <- o.v[0] })
	r := m[k]
	r.addr = int(uintptr(unsafe.Pointer(o)))
	m[k] = r
}

//go:noinline
func fill(m map[string]rec, n int) {
	for i := 0; i < n; i++ {
		v := i * 7
		m[strconv.Itoa(i)] = rec{p: &v, name: fmt.Sprint("v", i)}
	}
}

func churn() {
	var keep [][]int
	for i := 0; i < 3000; i++ {
		keep = append(keep, make([]int, 64))
		if len(keep) > 50 {
			keep = keep[1:]
		}
	}
}

func main() {
	small := map[string]rec{}
	large := map[string]rec{}
	fill(small, 20)
	fill(large, 5000)
	for i := 0; i < hidden/2; i++ {
		hide(small, strconv.Itoa(i), i)
		hide(large, strconv.Itoa(i*100), hidden/2+i)
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
	for _, m := range []map[string]rec{small, large} {
		for k, r := range m {
			i, _ := strconv.Atoi(k)
			if r.name != fmt.Sprint("v", i) || *r.p != i*7 {
				panic(k)
			}
			sum += *r.p
		}
	}
	fmt.Println(len(small), len(large), sum)
}
