package main

import "fmt"

type T struct{ next *T }

func (t *T) walk() int { return t.next.walk() + 1 }

func main() {
	t := &T{}
	t.next = t
	done := make(chan int)
	go func() { done <- t.walk() }()
	fmt.Println(<-done)
}
