// A slice or string expression whose result has capacity 0 points at its
// operand's base, as gc's do, not past the end of the array (where another
// object may begin); one with room points lo elements on.
package main

import (
	"fmt"
	"unsafe"
)

type pair struct{ a, b int64 }

var (
	arr = new([10]byte)
	ten = 10
	six = 6
)

func offset(p, base unsafe.Pointer) uintptr { return uintptr(p) - uintptr(base) }

func main() {
	base := unsafe.Pointer(arr)
	s := arr[:]
	fmt.Println(offset(unsafe.Pointer(unsafe.SliceData(arr[10:])), base))
	fmt.Println(offset(unsafe.Pointer(unsafe.SliceData(arr[ten:])), base))
	fmt.Println(offset(unsafe.Pointer(unsafe.SliceData(s[ten:ten:ten])), base))
	fmt.Println(offset(unsafe.Pointer(unsafe.SliceData(s[six:six:six])), base))
	fmt.Println(offset(unsafe.Pointer(unsafe.SliceData(s[six:six])), base))
	fmt.Println(offset(unsafe.Pointer(unsafe.SliceData(s[six:ten])), base))

	ps := make([]pair, 4)
	pbase := unsafe.Pointer(&ps[0])
	q := ps
	for len(q) > 0 {
		q = q[1:]
		fmt.Print(offset(unsafe.Pointer(unsafe.SliceData(q)), pbase), " ", len(q), " ", cap(q), "; ")
	}
	fmt.Println()

	str := fmt.Sprint("hello, ", "world")
	sbase := unsafe.Pointer(unsafe.StringData(str))
	n := len(str)
	for _, i := range []int{0, 7, n - 1, n} {
		t := str[i:]
		fmt.Printf("%q at %d\n", t, offset(unsafe.Pointer(unsafe.StringData(t)), sbase))
	}
}
