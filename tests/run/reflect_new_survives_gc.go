package main

import (
	"fmt"
	"reflect"
	"runtime"
)

type Node struct {
	Val  int
	Next *Node
	Tags []string
}

func main() {
	nt := reflect.TypeOf(Node{})
	st := reflect.TypeOf([]*Node{})
	list := reflect.MakeSlice(st, 0, 0)
	m := reflect.MakeMap(reflect.TypeOf(map[int]*Node{}))
	var head *Node
	for i := 0; i < 40000; i++ {
		p := reflect.New(nt)
		p.Elem().Field(0).SetInt(int64(i))
		p.Elem().Field(2).Set(reflect.ValueOf([]string{fmt.Sprint("t", i)}))
		n := p.Interface().(*Node)
		n.Next = head
		if i%200 == 0 {
			head = n
			list = reflect.Append(list, p)
			m.SetMapIndex(reflect.ValueOf(i), p)
		}
		pp := reflect.New(reflect.TypeOf(n))
		pp.Elem().Set(p)
		if i%10000 == 0 {
			runtime.GC()
		}
	}
	runtime.GC()
	sum := 0
	for i := 0; i < list.Len(); i++ {
		n := list.Index(i).Interface().(*Node)
		sum += n.Val + len(n.Tags[0])
	}
	cnt := 0
	for h := head; h != nil; h = h.Next {
		cnt++
	}
	fmt.Println(list.Len(), sum, m.Len(), cnt, m.MapIndex(reflect.ValueOf(5000)).Elem().Field(2).Index(0))
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.HeapAlloc < 64<<20)
}
