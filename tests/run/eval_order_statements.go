// gc's operand order in conditions, switch cases, defer and go statements,
// sends, map literals, slice expressions (whose bounds check then sees the
// changed operand) and keyed struct literals.
package main

import "fmt"

var gx = 1

func setg() int { gx = 10; return 10 }

func pair() (int, int) { gx = 1; return gx, setg() }

func main() {
	if gx == setg() {
		fmt.Println("eq in if")
	}
	gx = 1
	for i := 0; gx < setg() && i < 1; i++ {
		fmt.Println("loop", gx)
	}
	gx = 1
	switch gx {
	case setg():
		fmt.Println("case matched")
	default:
		fmt.Println("default")
	}
	gx = 1
	defer fmt.Println("deferred", gx, setg())
	gx = 1
	a, b := pair()
	fmt.Println(a, b)
	gx = 1
	ch := make(chan int, 1)
	ch <- gx + setg()
	fmt.Println(<-ch)
	gx = 1
	m := map[int]int{gx: setg()}
	fmt.Println(m)
	gx = 1
	s := []int{1, 2, 3}
	fmt.Println(s[gx : setg()-8])
	gx = 1
	x := struct{ a, b int }{b: setg(), a: gx}
	fmt.Println(x)
	gx = 1
	done := make(chan bool)
	go func(a, b int) { fmt.Println("go", a, b); done <- true }(gx, setg())
	<-done
}
