package main

import "fmt"

type acc struct{ n int }

func (a acc) show(tag string)   { fmt.Println(tag, a.n) }
func (a *acc) showp(tag string) { fmt.Println(tag, a.n) }

func main() {
	a := acc{1}
	defer a.show("value receiver copied at defer:")
	defer a.showp("pointer receiver sees later change:")
	x := 10
	defer fmt.Println("args evaluated at defer:", x, x*2)
	x = 20
	a.n = 99
	f := func(s string) { fmt.Println("func value", s) }
	defer f("first f")
	f = func(s string) { fmt.Println("replaced", s) }
	defer f("second f")
}
