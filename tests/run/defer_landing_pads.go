// Which calls of a function with defer can be resumed after a recovery: a
// panic before the first defer, in a deferred call with earlier defers still
// pending, after a conditional defer, and in the last deferred call.
package main

import (
	"errors"
	"fmt"
)

var calls int

func boom(msg string) { panic(msg) }

func maybe(fail bool) int {
	calls++
	if fail {
		panic(fmt.Sprint("maybe ", calls))
	}
	return calls
}

// panics before its defer: no record of its own, the caller recovers
func beforeDefer(fail bool) (r int) {
	r = maybe(fail)
	defer func() { r *= 10 }()
	return r + 1
}

// the second deferred call panics; the first, still pending, recovers and
// this frame returns what it set
func pendingRecovers() (r int, err error) {
	defer func() {
		if p := recover(); p != nil {
			r, err = -1, fmt.Errorf("recovered: %v", p)
		}
	}()
	defer boom("from the second defer")
	return 1, nil
}

// a defer that may not have run, then a call that panics
func conditional(deferIt bool) (s string) {
	if deferIt {
		defer func() {
			if p := recover(); p != nil {
				s = fmt.Sprint("caught ", p)
			}
		}()
	}
	s = "no panic"
	if deferIt {
		maybe(true)
	}
	return s
}

// the only deferred call panics after the return value is set: the caller
// recovers, and sees this frame's named result as left
func lastDeferPanics() (n int) {
	defer func() {
		n = 42
		panic(errors.New("last defer"))
	}()
	return 7
}

// a return in a branch before the defer, another after it
func earlyReturn(early bool) (out []string) {
	if early {
		return append(out, "early")
	}
	defer func() {
		if p := recover(); p != nil {
			out = append(out, fmt.Sprint("recovered ", p))
		}
	}()
	out = append(out, "late")
	boom("after the defer")
	return out
}

func catch(f func()) {
	defer func() {
		if p := recover(); p != nil {
			fmt.Println("caller recovered:", p)
		}
	}()
	f()
}

func main() {
	fmt.Println(beforeDefer(false))
	catch(func() { fmt.Println(beforeDefer(true)) })
	fmt.Println(pendingRecovers())
	fmt.Println(conditional(false))
	fmt.Println(conditional(true))
	var got int
	catch(func() { got = lastDeferPanics() })
	fmt.Println("got", got)
	fmt.Println(earlyReturn(true))
	fmt.Println(earlyReturn(false))
	for i := 0; i < 3; i++ {
		fmt.Println(pendingRecovers())
	}
}
