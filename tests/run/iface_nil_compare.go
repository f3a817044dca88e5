// Interfaces compared with nil, either way round: an interface holding a typed
// nil pointer is not nil; only its dynamic type decides.
package main

import (
	"errors"
	"fmt"
)

type E struct{}

func (*E) Error() string { return "E" }

func typedNil() error {
	var p *E
	return p
}

func maybe(fail bool) error {
	if fail {
		return errors.New("failed")
	}
	return nil
}

type S struct {
	err error
	v   any
}

func main() {
	var e error
	var a any
	fmt.Println(e == nil, nil == e, a == nil, nil != a)
	e = typedNil()
	a = (*int)(nil)
	fmt.Println(e == nil, nil == e, e != nil, a == nil, nil != a)
	s := &S{}
	for i := 0; i < 3; i++ {
		if s.err != nil {
			fmt.Println("err", i, s.err)
		}
		if s.v == nil {
			s.v = i
		}
		s.err = maybe(i == 1)
	}
	ok := []bool{maybe(false) == nil, maybe(true) != nil, any(nil) == nil, any(0) == nil}
	fmt.Println(ok, s.v)
}
