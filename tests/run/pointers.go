package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func push(head *Node, v int) *Node { return &Node{v, head} }

func main() {
	var head *Node
	for i := 1; i <= 5; i++ {
		head = push(head, i)
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	x := 10
	p := &x
	pp := &p
	**pp = 20
	fmt.Println(x, *p == 20)
	q := new(int)
	*q = 3
	fmt.Println(*q)
	arr := [3]int{1, 2, 3}
	pa := &arr
	for i := range pa {
		pa[i] *= 10
	}
	fmt.Println(arr)
	s := struct{ n *int }{&x}
	*s.n++
	fmt.Println(x)
}
