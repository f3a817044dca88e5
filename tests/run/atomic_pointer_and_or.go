// sync/atomic's Pointer[T], Uintptr, the And/Or functions and methods (which
// return the old value), and the unsafe.Pointer functions, under contention.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"
)

type config struct {
	name    string
	version int
}

func main() {
	var cur atomic.Pointer[config]
	fmt.Println(cur.Load() == nil)
	cur.Store(&config{"v0", 0})
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				old := cur.Load()
				next := &config{fmt.Sprint("v", old.version+1), old.version + 1}
				if cur.CompareAndSwap(old, next) {
					return
				}
			}
		}()
	}
	wg.Wait()
	fmt.Printf("%+v\n", *cur.Load())
	prev := cur.Swap(&config{"final", 99})
	fmt.Println(prev.version, cur.Load().name)
	fmt.Printf("%T\n", cur)

	var flags atomic.Uint32
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(bit uint32) {
			defer wg.Done()
			flags.Or(1 << bit)
		}(uint32(i))
	}
	wg.Wait()
	fmt.Printf("%#x ", flags.Load())
	fmt.Printf("%#x ", flags.And(0x0f))
	fmt.Printf("%#x\n", flags.Load())

	var n int64 = 0b1100
	old := atomic.AndInt64(&n, 0b1010)
	fmt.Println(old, n)
	old = atomic.OrInt64(&n, 1)
	fmt.Println(old, n)
	var u atomic.Uintptr
	u.Add(40)
	fmt.Println(u.Swap(2), u.Or(1))
	fmt.Println(u.Load(), u.CompareAndSwap(3, 4), u.Load())
	var i32 atomic.Int32
	i32.Store(-1)
	fmt.Println(i32.And(0xff))
	fmt.Println(i32.Load())

	x, y := 1, 2
	p := unsafe.Pointer(&x)
	fmt.Println(*(*int)(atomic.LoadPointer(&p)), atomic.CompareAndSwapPointer(&p, unsafe.Pointer(&y), nil))
	atomic.StorePointer(&p, unsafe.Pointer(&y))
	fmt.Println(*(*int)(atomic.SwapPointer(&p, nil)))
	fmt.Println(p == nil)
}
