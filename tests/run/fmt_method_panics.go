// fmt recovers from a panicking String, Error, GoString or Format method as Go
// does: <nil> for a nil pointer receiver, else %!verb(PANIC=Method method: value).
package main

import (
	"errors"
	"fmt"
)

type RWS struct{ n int }

func (x *RWS) String() string { return "rws" }

type Deref struct{ n int }

func (d *Deref) String() string { return fmt.Sprint("deref ", d.n) }

type Boom int

func (b Boom) String() string { panic("boom") }

type ErrBoom struct{}

func (ErrBoom) Error() string { panic(errors.New("inner")) }

type Val struct{ n int }

func (v Val) String() string { return "val" }

type G struct{}

func (G) GoString() string { panic(42) }

type F struct{}

func (F) Format(s fmt.State, c rune) { panic("fmt") }

func main() {
	fmt.Printf("%s|%v|%#v\n", (*RWS)(nil), (*RWS)(nil), (*RWS)(nil))
	fmt.Printf("%s|%v|%d\n", (*Deref)(nil), (*Deref)(nil), (*Deref)(nil))
	fmt.Printf("%v|%s|%d|%x\n", Boom(1), Boom(2), Boom(3), Boom(4))
	fmt.Printf("%v|%10s|\n", ErrBoom{}, ErrBoom{})
	var vp *Val
	fmt.Printf("%v|%s\n", vp, vp)
	fmt.Printf("%#v\n", G{})
	fmt.Printf("%v|%d\n", F{}, F{})
	fmt.Println(Boom(5), (*Deref)(nil), vp)
	s := fmt.Sprint([]fmt.Stringer{Boom(6), (*RWS)(nil)})
	fmt.Println(s)
	fmt.Println(fmt.Errorf("wrap %w", ErrBoom{}) != nil)
}
