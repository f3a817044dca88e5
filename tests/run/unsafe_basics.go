// unsafe: Sizeof/Alignof/Offsetof as amd64 lays types out, Pointer conversions,
// Add, Slice, SliceData, String, StringData, and unsafe.Slice's nil check.
package main

import (
	"fmt"
	"unsafe"
)

type Inner struct {
	A byte
	B int64
}

type T struct {
	a bool
	b int32
	c string
	Inner
	d [3]uint16
	e struct{}
}

type P struct {
	x int
	*Inner
}

func main() {
	var t T
	fmt.Println(unsafe.Sizeof(t), unsafe.Alignof(t), unsafe.Offsetof(t.b), unsafe.Offsetof(t.c), unsafe.Offsetof(t.Inner), unsafe.Offsetof(t.B), unsafe.Offsetof(t.d), unsafe.Offsetof(t.e))
	fmt.Println(unsafe.Sizeof(int8(0)), unsafe.Sizeof(1.5), unsafe.Sizeof("x"), unsafe.Sizeof([]int{}), unsafe.Sizeof(any(nil)), unsafe.Sizeof(complex64(0)), unsafe.Alignof(complex64(0)), unsafe.Sizeof(struct {
		a int8
		b int64
		c int8
	}{}))
	const s = unsafe.Sizeof(uintptr(0)) * 2
	var arr [s]int
	fmt.Println(len(arr))

	x := 42
	p := unsafe.Pointer(&x)
	*(*int)(p) = 7
	u := uintptr(p)
	fmt.Println(x, u != 0, (*int)(unsafe.Pointer(u)) == &x)

	nums := []int32{10, 20, 30, 40}
	second := (*int32)(unsafe.Add(unsafe.Pointer(&nums[0]), 4))
	fmt.Println(*second, unsafe.SliceData(nums) == &nums[0])
	sl := unsafe.Slice(&nums[1], 2)
	fmt.Println(sl, len(sl), cap(sl))
	b := []byte("hello, world")
	str := unsafe.String(&b[0], 5)
	fmt.Println(str, *unsafe.StringData("abc"))
	f := 1.5
	bits := *(*uint64)(unsafe.Pointer(&f))
	fmt.Printf("%#x\n", bits)
	var nilp *int
	fmt.Println(unsafe.Slice(nilp, 0) == nil, unsafe.Pointer(nil) == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = unsafe.Slice(nilp, 3)
}
