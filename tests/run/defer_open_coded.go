// Deferred calls of functions whose defers run at most once each (open-coded
// on the normal exit): order, conditional defers, operands evaluated at the
// defer statement, results changed by deferred calls, and panics and
// recoveries during the exit's calls.
package main

import (
	"errors"
	"fmt"
)

type point struct{ x, y int }

func (p point) show(tag string) { fmt.Println(tag, p.x, p.y) }

func (p *point) move(dx int) { p.x += dx }

type shower interface{ show(string) }

func order(n int) {
	defer fmt.Println("first deferred, last run")
	if n > 0 {
		defer fmt.Println("only when n > 0:", n)
	} else {
		defer fmt.Println("only when n <= 0:", n)
	}
	switch n {
	case 1:
		defer fmt.Println("case 1")
	case 2:
		defer fmt.Println("case 2")
		fallthrough
	case 3:
		defer fmt.Println("case 3 (or 2)")
	}
	fmt.Println("body of order", n)
}

func operands() {
	p := point{1, 2}
	defer p.show("value receiver copied at defer:")
	defer p.move(10)
	q := &p
	defer func() { fmt.Println("closure sees the final p:", p.x, p.y) }()
	var s shower = p
	defer s.show("through an interface:")
	i := 5
	defer fmt.Println("i at defer:", i)
	i = 6
	p.y = 20
	_ = q
}

func named() (r int, err error) {
	defer func() { r *= 2 }()
	defer func() {
		if r > 10 {
			err = errors.New("too big")
		}
	}()
	r = 7
	return r + 1, nil
}

func panicsInExit() (s string) {
	defer func() {
		if e := recover(); e != nil {
			s = fmt.Sprint("recovered in the first defer: ", e)
		}
	}()
	defer fmt.Println("runs after the panicking deferred call")
	defer func() { panic("from a deferred call") }()
	return "normal"
}

func panicsInBody(fail bool) (n int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("recovered:", e)
			n = -1
		}
	}()
	if fail {
		var m map[string]int
		m["x"] = 1
	}
	return 1
}

func recoverDirect() {
	defer recoverNow()
	panic("caught by a deferred function that calls recover itself")
}

func recoverNow() {
	fmt.Println("recover() =", recover())
}

func deferInLoop() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
}

func deferWithGoto(n int) {
again:
	defer fmt.Println("goto defer", n)
	n--
	if n > 0 {
		goto again
	}
}

func nested() {
	defer func() {
		defer fmt.Println("a defer inside a deferred call")
		fmt.Println("deferred literal")
	}()
}

func main() {
	for n := 0; n <= 3; n++ {
		order(n)
	}
	operands()
	fmt.Println(named())
	fmt.Println(panicsInExit())
	fmt.Println(panicsInBody(false), panicsInBody(true))
	recoverDirect()
	deferInLoop()
	deferWithGoto(3)
	nested()
	defer fmt.Println("main's own defer")
	var p *point
	defer p.move(1)
	fmt.Println("main ends; its deferred nil receiver call panics")
}
