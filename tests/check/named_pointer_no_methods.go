// A defined pointer type selects the fields of what it points to, but has no methods.
package main

type S struct{ f int }

func (S) M() {}

type T *S

func main() {
	var t T = &S{}
	_ = t.f
	t.M()
}
