package main

import (
	"fmt"
	"sync"
)

func Send[T any](ch chan<- T, v T, wg *sync.WaitGroup) {
	defer wg.Done()
	ch <- v
}

func Show[T any](v T) { fmt.Println("deferred", v) }

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func main() {
	ch := make(chan string, 2)
	var wg sync.WaitGroup
	wg.Add(2)
	go Send(ch, "a", &wg)
	go Send[string](ch, "b", &wg)
	wg.Wait()
	close(ch)
	n := 0
	for range ch {
		n++
	}
	fmt.Println(n)
	defer Show(1.5)
	defer Show[string]("s")
	b := Box[int]{4}
	f := b.Get
	g := Box[int].Get
	fmt.Println(f(), g(Box[int]{5}))
	var i interface{ Get() int } = b
	fmt.Println(i.Get())
}
