// Large objects whose int fields hold the addresses of otherwise unreachable
// objects (a slice made at run time, an array allocated by new): the collector
// reads them by their type, so the numbers keep nothing alive and the objects'
// finalizers run, while their pointer fields keep their targets alive through
// many collections. Also a large array of pointers and a slice of interfaces.
package main

import (
	"fmt"
	"runtime"
	"time"
	"unsafe"
)

type rec struct {
	name string
	p    *[8]int
	addr int
	n    float64
}

type obj struct{ v [4]int }

const hidden = 32

var finalized = make(chan int, hidden)

//go:noinline
func hide(r *rec, i int) {
	o := &obj{}
	o.v[0] = i
	runtime.SetFinalizer(o, func(o *obj) { finalized <- o.v[0] })
	r.addr = int(uintptr(unsafe.Pointer(o)))
}

//go:noinline
func fill(recs []rec) {
	for i := range recs {
		a := new([8]int)
		for j := range a {
			a[j] = i + j
		}
		recs[i] = rec{name: fmt.Sprint("r", i), p: a, n: float64(i)}
	}
	for i := 0; i < hidden/2; i++ {
		hide(&recs[i*100], i)
	}
}

func churn() {
	var keep [][]byte
	for i := 0; i < 2000; i++ {
		keep = append(keep, make([]byte, 4096))
		if len(keep) > 64 {
			keep = keep[1:]
		}
	}
}

func main() {
	recs := make([]rec, 20000)
	fill(recs)
	big := new([10000]*int)
	for i := range big {
		v := i * 3
		big[i] = &v
	}
	arr := new([3000]rec)
	for i := hidden / 2; i < hidden; i++ {
		hide(&arr[i*10], i)
	}
	ifaces := make([]any, 5000)
	for i := range ifaces {
		ifaces[i] = fmt.Sprint(i)
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
	fmt.Println("finalized at least 24 of", hidden, ":", got >= 24)

	sum := 0
	for i, r := range recs {
		if r.name != fmt.Sprint("r", i) || r.p[7] != i+7 || r.n != float64(i) {
			panic(i)
		}
		sum += r.p[3]
	}
	for _, p := range big {
		sum += *p
	}
	for i, x := range ifaces {
		if x.(string) != fmt.Sprint(i) {
			panic(i)
		}
	}
	fmt.Println(sum)
}
