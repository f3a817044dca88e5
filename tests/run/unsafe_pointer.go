// unsafe.Pointer: reinterpreting memory, uintptr arithmetic, printing, map keys.
package main

import (
	"fmt"
	"unsafe"
)

type hdr struct {
	data unsafe.Pointer
	n    int
}

func main() {
	x := [4]uint16{1, 2, 3, 4}
	b := (*[8]byte)(unsafe.Pointer(&x))
	fmt.Println(b[0], b[2], b[7])
	p := unsafe.Pointer(uintptr(unsafe.Pointer(&x[0])) + 2*unsafe.Sizeof(x[0]))
	fmt.Println(*(*uint16)(p))
	s := "gopher"
	h := (*hdr)(unsafe.Pointer(&s))
	fmt.Println(h.n, *(*byte)(h.data))
	var up unsafe.Pointer
	fmt.Println(up, up == nil)
	fmt.Printf("%v %T\n", up, up)
	m := map[unsafe.Pointer]int{unsafe.Pointer(&x): 1}
	fmt.Println(m[unsafe.Pointer(&x[0])])
	var i any = unsafe.Pointer(nil)
	fmt.Println(i == unsafe.Pointer(nil))
	println(up)
}
