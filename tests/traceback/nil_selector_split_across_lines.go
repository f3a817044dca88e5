// A nil dereference through a selector whose `.` and name are on different
// lines: gc places the selector, and so the fault, at its `.`.

package main

import "fmt"

type B struct {
	next *B
	v    int
}

func (b *B) Next() *B { return b.next }
func (b *B) Val() int  { return b.v }

func main() {
	b := &B{next: &B{v: 2}}
	fmt.Println(b.
		Next().
		Val())
	defer func() {
		fmt.Println(recover())
		var p *B
		_ = p.
			next.
			v
	}()
	x := b.
		Next().
		Next().
		Val()
	fmt.Println(x)
}
