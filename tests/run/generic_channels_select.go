package main

import (
	"fmt"
	"sort"
	"sync"
)

// Merge fans in any number of channels of the same element type.
func Merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	wg.Add(len(chans))
	for _, c := range chans {
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func From[T any](vs ...T) <-chan T {
	c := make(chan T, len(vs))
	for _, v := range vs {
		c <- v
	}
	close(c)
	return c
}

// First returns the first value from either channel, or def if both are closed.
func First[T any](a, b <-chan T, def T) T {
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if ok {
				return v
			}
			a = nil
		case v, ok := <-b:
			if ok {
				return v
			}
			b = nil
		}
	}
	return def
}

type Future[T any] struct{ ch chan T }

func Async[T any](f func() T) Future[T] {
	fu := Future[T]{make(chan T, 1)}
	go func() { fu.ch <- f() }()
	return fu
}

func (f Future[T]) Await() T { return <-f.ch }

func main() {
	var got []int
	for v := range Merge(From(1, 2), From(3), From[int]()) {
		got = append(got, v)
	}
	sort.Ints(got)
	fmt.Println(got)
	closed := From[string]()
	fmt.Println(First(closed, From("x"), "none"), First(closed, From[string](), "none"))
	fs := []Future[string]{Async(func() string { return "a" }), Async(func() string { return "b" })}
	for _, f := range fs {
		fmt.Print(f.Await())
	}
	fmt.Println()
	sq := Async(func() []int { return []int{1, 4, 9} })
	fmt.Println(sq.Await())
}
