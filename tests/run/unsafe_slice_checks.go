// unsafe.Slice and unsafe.String: the checks decided inline (a short length,
// an ordinary pointer) and those left to the runtime (nil, negative, huge, a
// pointer near the top of the address space, zero-size elements).
package main

import (
	"fmt"
	"strings"
	"unsafe"
)

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	b := []byte("hello")
	fmt.Println(unsafe.String(&b[0], 5), unsafe.String(nil, 0), len(unsafe.Slice((*int)(nil), 0)))
	arr := [4]int64{1, 2, 3, 4}
	fmt.Println(unsafe.Slice(&arr[0], 4), unsafe.Slice(&arr[1], 2))
	type E struct{}
	var e E
	fmt.Println(len(unsafe.Slice(&e, 1<<60)))
	n := -1
	try(func() { _ = unsafe.String(&b[0], n) })
	try(func() { _ = unsafe.String(nil, 3) })
	try(func() { _ = unsafe.Slice((*int64)(nil), 2) })
	try(func() { _ = unsafe.Slice(&arr[0], 1<<62) })
	try(func() { _ = unsafe.Slice(&arr[0], n) })
	try(func() { _ = unsafe.Slice((*E)(nil), 5) })
	big := 1 << 50
	try(func() { fmt.Println(len(unsafe.String(&b[0], big))) })
	p := (*byte)(unsafe.Pointer(uintptr(0xfffffffffffffff0)))
	try(func() { _ = unsafe.String(p, 100) })
	try(func() { fmt.Println(len(unsafe.String(p, 16))) })
	var sb strings.Builder
	sb.WriteString("abc")
	fmt.Println(sb.String())
}
