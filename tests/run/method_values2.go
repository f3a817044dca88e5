package main

import "fmt"

type Num int

func (n Num) Double() Num    { return n * 2 }
func (n *Num) Set(v Num)     { *n = v }
func (n Num) Add(m Num) Num  { return n + m }
func (n Num) String() string { return fmt.Sprintf("Num(%d)", int(n)) }

func apply(f func(Num) Num, v Num) Num { return f(v) }

func main() {
	var n Num = 3
	d := n.Double
	n = 10
	fmt.Println(d(), n.Double())
	set := n.Set
	set(42)
	fmt.Println(n)
	add := Num.Add
	fmt.Println(add(1, 2))
	fmt.Println(apply(Num.Double, 21))
	pset := (*Num).Set
	pset(&n, 7)
	fmt.Println(n, (*Num).Double(&n))
	fs := []func() Num{n.Double, Num(1).Double}
	for _, f := range fs {
		fmt.Println(f())
	}
	var s fmt.Stringer = n
	str := s.String
	n = 100
	fmt.Println(str(), s)
	h := fmt.Stringer.String
	fmt.Println(h(Num(5)))
}
