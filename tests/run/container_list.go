// container/list: every operation, including those given a foreign or removed
// element (which do nothing), and the zero List.
package main

import (
	"container/list"
	"fmt"
)

func dump(name string, l *list.List) {
	fmt.Print(name, " len=", l.Len(), ":")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" | back:")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

func main() {
	var z list.List
	fmt.Println(z.Len(), z.Front() == nil, z.Back() == nil)
	z.PushBack(1)
	dump("zero", &z)

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	dump("l", l)

	l.MoveToFront(e4)
	dump("front4", l)
	l.MoveToBack(e4)
	dump("back4", l)
	l.MoveBefore(e4, e1)
	dump("4before1", l)
	l.MoveAfter(e1, e4)
	dump("1after4", l)
	l.MoveAfter(e1, e1)
	l.MoveToFront(l.Front())
	dump("same", l)

	other := list.New()
	o := other.PushBack("x")
	fmt.Println(l.InsertBefore(9, o) == nil, l.InsertAfter(9, o) == nil)
	l.MoveToFront(o)
	l.MoveBefore(e1, o)
	fmt.Println(l.Remove(o), other.Len())
	dump("foreign", l)

	fmt.Println(l.Remove(e4), l.Remove(e4))
	fmt.Println(e4.Next() == nil, e4.Prev() == nil)
	dump("removed", l)

	l.PushBackList(l)
	dump("doubled", l)
	l.PushFrontList(other)
	dump("withother", l)
	l.Init()
	dump("init", l)

	var m list.List
	m.PushFrontList(other)
	m.PushBack([]int{1, 2})
	m.PushBack(nil)
	dump("m", &m)
}
