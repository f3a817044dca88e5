// Package context: cancellation through a tree of contexts (WithCancel,
// WithCancelCause, WithTimeout, WithDeadline, WithValue, WithoutCancel,
// AfterFunc), causes, values, deadlines and the String of each context.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type key string

type otherKey struct{ n int }

// custom is a Context of the program's own, between two of context's.
type custom struct{ context.Context }

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO(), bg.Err(), bg.Done() == nil)

	parent, cancelParent := context.WithCancel(bg)
	child, cancelChild := context.WithCancel(parent)
	defer cancelChild()
	val := context.WithValue(child, key("user"), "gopher")
	val2 := context.WithValue(val, otherKey{1}, 42)
	fmt.Println(val2)
	fmt.Println(val2.Value(key("user")), val2.Value(otherKey{1}), val2.Value(otherKey{2}), val2.Value("user"))
	fmt.Println(child.Err(), context.Cause(child))
	cancelParent()
	<-child.Done()
	fmt.Println(child.Err(), context.Cause(child), val2.Err(), errors.Is(val2.Err(), context.Canceled))

	cctx, cancelCause := context.WithCancelCause(bg)
	grand, cancelGrand := context.WithCancel(cctx)
	cancelCause(errors.New("the disk is full"))
	cancelCause(errors.New("too late"))
	fmt.Println(cctx.Err(), context.Cause(cctx), grand.Err(), context.Cause(grand))
	cancelGrand()

	tctx, cancelT := context.WithTimeout(bg, 20*time.Millisecond)
	defer cancelT()
	d, ok := tctx.Deadline()
	fmt.Println(ok, time.Until(d) > 0, time.Until(d) <= 20*time.Millisecond)
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
	case <-time.After(2 * time.Second):
		fmt.Println("no timeout")
	}
	var te interface{ Timeout() bool }
	fmt.Println(errors.As(tctx.Err(), &te) && te.Timeout())

	past, cancelPast := context.WithDeadlineCause(bg, time.Now().Add(-time.Second), errors.New("late"))
	fmt.Println(past.Err(), context.Cause(past))
	cancelPast()

	// a parent's earlier deadline wins
	outer, c1 := context.WithTimeout(bg, time.Hour)
	inner, c2 := context.WithTimeout(outer, 2*time.Hour)
	d1, _ := outer.Deadline()
	d2, _ := inner.Deadline()
	fmt.Println(d1.Equal(d2))
	c2()
	c1()

	// through a foreign Context: a goroutine waits for it
	cp, cancelCp := context.WithCancel(bg)
	below, cancelBelow := context.WithCancel(custom{cp})
	defer cancelBelow()
	cancelCp()
	<-below.Done()
	fmt.Println("below custom:", below.Err())
	fmt.Println(below)

	// WithoutCancel keeps values only
	vp, cancelVp := context.WithCancel(context.WithValue(bg, key("k"), "v"))
	wc := context.WithoutCancel(vp)
	cancelVp()
	fmt.Println(wc.Err(), wc.Done() == nil, wc.Value(key("k")), wc)

	// AfterFunc: runs once after cancel; stop before prevents it
	var wg sync.WaitGroup
	ac, cancelAc := context.WithCancel(bg)
	wg.Add(1)
	context.AfterFunc(ac, func() { fmt.Println("after func ran"); wg.Done() })
	stop := context.AfterFunc(ac, func() { fmt.Println("stopped func ran") })
	fmt.Println("stop:", stop(), stop())
	cancelAc()
	wg.Wait()

	for _, f := range []func(){
		func() { context.WithValue(bg, nil, 1) },
		func() { context.WithValue(bg, []int{1}, 1) },
		func() { context.WithCancel(nil) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
}
