package main

import "fmt"

type Res struct {
	name string
	n    int
}

func (r *Res) Close()       { fmt.Println("close", r.name, r.n) }
func (r Res) Report()       { fmt.Println("report", r.name, r.n) }
func (r *Res) Add(k int) *Res { r.n += k; return r }

type Closer interface{ Close() }

func use() {
	r := &Res{name: "r1"}
	defer r.Close()
	defer r.Report()
	var c Closer = &Res{name: "iface"}
	defer c.Close()
	f := r.Add
	defer f(5)
	r.n = 3
	fmt.Println("body done", r.n)
}

func main() {
	use()
	defer fmt.Println("variadic", 1, "two", 3.0)
	defer println("builtin println")
}
