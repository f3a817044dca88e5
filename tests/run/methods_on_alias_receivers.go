package main

import (
	"fmt"
	"strings"
)

type T struct{ n int }
type A = T
type B = A
type P = *T

func (p P) Inc()          { p.n++ }
func (b B) String() string { return fmt.Sprintf("T(%d)", b.n) }
func (a *A) Double()      { a.n *= 2 }

type Counter interface {
	Inc()
	Double()
	fmt.Stringer
}

type L = []int

func main() {
	t := &T{3}
	t.Inc()
	t.Double()
	fmt.Println(t, *t)
	var c Counter = t
	c.Inc()
	fmt.Println(c.String(), strings.ToUpper(c.String()))
	f := (*T).Inc
	f(t)
	g := A.String
	fmt.Println(g(*t))
}
