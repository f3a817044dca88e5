// Live data whose only reference sits in one kind of root, with enough
// garbage allocated around it to force many collections.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"time"
)

type item struct {
	id   int
	name string
	next *item
}

// list builds a linked list of n items: its sum checks it is intact.
func list(n, seed int) *item {
	var head *item
	for i := 0; i < n; i++ {
		head = &item{id: seed + i, name: fmt.Sprint("item", seed+i), next: head}
	}
	return head
}

func (l *item) sum() int {
	s := 0
	for ; l != nil; l = l.next {
		s += l.id + len(l.name)
	}
	return s
}

var sink []*item

// churn allocates garbage and collects.
func churn() {
	for i := 0; i < 2000; i++ {
		sink = append(sink[:0], list(3, i))
	}
	sink = nil
	runtime.GC()
}

var global *item

func main() {
	// a package-level variable
	global = list(100, 1)
	churn()
	fmt.Println("global", global.sum())

	// a closure capture
	f := func(l *item) func() int { return func() int { return l.sum() } }(list(100, 2))
	churn()
	fmt.Println("closure", f())

	// a channel buffer
	ch := make(chan *item, 4)
	ch <- list(100, 3)
	churn()
	fmt.Println("chan buffer", (<-ch).sum())

	// a parked sender's element
	unbuf := make(chan *item)
	go func() { unbuf <- list(100, 4) }()
	time.Sleep(10 * time.Millisecond)
	churn()
	fmt.Println("parked sender", (<-unbuf).sum())

	// a select case's element
	sel := make(chan *item)
	go func() {
		select {
		case sel <- list(100, 5):
		case <-time.After(time.Hour):
		}
	}()
	time.Sleep(10 * time.Millisecond)
	churn()
	fmt.Println("select case", (<-sel).sum())

	// map keys and values
	m := map[string]*item{}
	for i := 0; i < 50; i++ {
		m[strings.Repeat("k", i+1)] = list(10, i)
	}
	churn()
	total := 0
	for k, v := range m {
		total += len(k) + v.sum()
	}
	fmt.Println("map", len(m), total)

	// an interface box
	var x any = *list(100, 6)
	churn()
	it := x.(item)
	fmt.Println("interface", it.sum())

	// interior pointers: into an array and into a string
	arr := new([1000]int)
	for i := range arr {
		arr[i] = i
	}
	tail := arr[900:]
	p := &arr[500]
	arr = nil
	s := strings.Repeat("abcdefghij", 100)[995:]
	churn()
	fmt.Println("interior", tail[99], *p, s)

	// a timer's callback
	done := make(chan int)
	time.AfterFunc(20*time.Millisecond, func(l *item) func() { return func() { done <- l.sum() } }(list(100, 7)))
	churn()
	fmt.Println("timer", <-done)

	// a defer record and a recovered panic value
	fmt.Println("defer", deferred())
	fmt.Println("panic", recovered())

	// a goroutine's stack while it is blocked
	res := make(chan int)
	start := make(chan bool)
	go func() {
		mine := list(100, 8)
		<-start
		res <- mine.sum()
	}()
	time.Sleep(10 * time.Millisecond)
	churn()
	start <- true
	fmt.Println("blocked goroutine", <-res)
	fmt.Println("global again", global.sum())
}

func deferred() (n int) {
	l := list(100, 9)
	defer func(l *item) { n = l.sum() }(l)
	l = nil
	churn()
	return 0
}

type listError struct{ l *item }

func (e listError) Error() string { return "list error" }

func recovered() (n int) {
	defer func() {
		r := recover()
		churn()
		var le listError
		if errors.As(r.(error), &le) {
			n = le.l.sum()
		}
	}()
	panic(listError{list(100, 10)})
}
