package main

import "fmt"

type Tree = map[string]Node
type Node struct {
	kids Tree
	val  int
}

type List = []Item
type Item struct {
	sub  List
	name string
}

type Fn = func(int) Res
type Res struct{ next Fn }

type P = *Q
type Q struct{ p P }

func (n Node) Sum() int {
	s := n.val
	for _, k := range n.kids {
		s += k.Sum()
	}
	return s
}

func main() {
	t := Node{val: 1, kids: Tree{"a": {val: 2}, "b": {val: 3, kids: Tree{"c": {val: 4}}}}}
	fmt.Println(t.Sum())
	l := Item{name: "root", sub: List{{name: "x"}, {name: "y", sub: List{{name: "z"}}}}}
	fmt.Println(len(l.sub), l.sub[1].sub[0].name)
	var f Fn = func(i int) Res { return Res{} }
	fmt.Println(f(1).next == nil)
	q := Q{}
	q.p = &q
	fmt.Println(q.p.p.p == &q)
	fmt.Printf("%T %T\n", t.kids, l.sub)
}
