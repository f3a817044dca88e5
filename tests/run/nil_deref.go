package main

import "fmt"

type node struct {
	val  int
	next *node
}

func main() {
	n := &node{val: 1}
	fmt.Println(n.val)
	fmt.Println(n.next.val)
}
