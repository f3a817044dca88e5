// unsafe: gc's diagnostics for each function's argument rules.
package main

import "unsafe"

type S struct {
	a int
	*S2
}
type S2 struct{ b int }

func (S) M() {}

func main() {
	var s S
	var f float64
	_ = unsafe.Offsetof(s)
	_ = unsafe.Offsetof(s.b)
	_ = unsafe.Offsetof(s.M)
	_ = unsafe.Sizeof(int)
	_ = unsafe.Add(&f, 1)
	_ = unsafe.Add(unsafe.Pointer(&f), 1.5)
	_ = unsafe.Slice(f, 1)
	_ = unsafe.SliceData(f)
	_ = unsafe.String(&f, 1)
	_ = unsafe.StringData(1)
	_ = float64(unsafe.Pointer(&f))
}
