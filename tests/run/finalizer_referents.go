// What a finalized object points to survives until its finalizer has run,
// however much garbage is collected in between: the finalizer reads it all.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	val  int
}

type holder struct {
	list *node
	m    map[string][]byte
}

var sums = make(chan int, 10)

func attach(k int) {
	h := &holder{m: map[string][]byte{}}
	for i := 0; i < 1000; i++ {
		h.list = &node{h.list, i * k}
		h.m[fmt.Sprint(i)] = []byte{byte(i), byte(k)}
	}
	runtime.SetFinalizer(h, func(h *holder) {
		s := 0
		for n := h.list; n != nil; n = n.next {
			s += n.val
		}
		for k, v := range h.m {
			s += len(k) + int(v[0]) + int(v[1])
		}
		sums <- s
	})
}

func churn() int {
	t := 0
	for i := 0; i < 2000; i++ {
		b := make([]int, 100)
		b[i%100] = i
		t += len(b)
	}
	return t
}

func main() {
	for k := 1; k <= 5; k++ {
		attach(k)
	}
	got := map[int]bool{}
	for i := 0; i < 200 && len(got) < 5; i++ {
		churn()
		runtime.GC()
		for len(sums) > 0 {
			got[<-sums] = true
		}
	}
	fmt.Println(len(got), "finalizers saw their data:", got)
}
