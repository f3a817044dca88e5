// sync/atomic.Value: Swap, CompareAndSwap, and the panics for nil and
// inconsistently typed values (the lock is released by each).
package main

import (
	"fmt"
	"sync/atomic"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	var v atomic.Value
	fmt.Println(v.Load(), v.Swap(1), v.Load())
	fmt.Println(v.CompareAndSwap(1, 2), v.CompareAndSwap(1, 3), v.Load())
	try("store", func() { v.Store("x") })
	try("swap", func() { v.Swap("x") })
	try("cas", func() { v.CompareAndSwap(2, "x") })
	try("cas2", func() { v.CompareAndSwap("y", 3) })
	try("nil", func() { v.Store(nil) })
	var w atomic.Value
	try("uncomparable", func() { w.Store([]int{1}); w.CompareAndSwap([]int{1}, []int{2}) })
	w2 := atomic.Value{}
	fmt.Println(w2.CompareAndSwap(nil, 5), w2.Load())
	v.Store(9)
	fmt.Println(v.Load())
}
