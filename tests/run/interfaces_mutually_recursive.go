package main

import "fmt"

// Interfaces that name each other in method signatures while one embeds the
// other: valid Go, whatever the order of declaration.

var _ Value = num(0)

type Expr interface {
	Eval(env Env) Value
	fmt.Stringer
}

type Value interface {
	Expr
	Num() float64
}

type Env interface {
	Lookup(name string) Value
	Parent() Scope
}

type Scope interface {
	Env
	Define(name string, v Value) Scope
}

type Tree interface {
	Children() []Node
	Name() string
}

type Node interface {
	Tree
}

type num float64

func (n num) Eval(Env) Value { return n }
func (n num) String() string { return fmt.Sprint(float64(n)) }
func (n num) Num() float64   { return float64(n) }

type env map[string]Value

func (e env) Lookup(name string) Value { return e[name] }
func (e env) Parent() Scope            { return nil }
func (e env) Define(name string, v Value) Scope {
	e[name] = v
	return e
}

type leaf string

func (l leaf) Children() []Node { return nil }
func (l leaf) Name() string     { return string(l) }

type branch struct {
	name string
	kids []Node
}

func (b branch) Children() []Node { return b.kids }
func (b branch) Name() string     { return b.name }

func walk(n Node, depth int) {
	fmt.Printf("%*s%s\n", depth*2, "", n.Name())
	for _, c := range n.Children() {
		walk(c, depth+1)
	}
}

func main() {
	var s Scope = env{}
	s = s.Define("x", num(2.5))
	v := s.Lookup("x").Eval(s)
	fmt.Println(v, v.Num(), s.Parent() == nil)
	fmt.Printf("%T %v\n", v, v)
	var t Tree = branch{"root", []Node{leaf("a"), branch{"b", []Node{leaf("c")}}}}
	walk(t, 0)
	_, ok := t.(Node)
	fmt.Println(ok)
}
