// An interface method must have a name other than _; the method is then left
// out of the interface, so nothing fails to implement it.
package main

type Blank interface {
	_()
	M()
}

type T struct{}

func (T) M() {}

var _ Blank = T{}

func main() {}
