package main

import (
	"fmt"
	"iter"
	"slices"
)

func main() {
	next, stop := iter.Pull(slices.Values([]int{1, 2, 3}))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println(v)
	}
	fmt.Println(next())
	stop()
	stop()

	var log []string
	seq := func(yield func(int) bool) {
		defer func() { log = append(log, "seq done") }()
		for i := 0; i < 10; i++ {
			if !yield(i) {
				log = append(log, "told to stop")
				return
			}
		}
	}
	next2, stop2 := iter.Pull(seq)
	a, _ := next2()
	b, _ := next2()
	stop2()
	c, ok := next2()
	fmt.Println(a, b, c, ok, log)

	next3, stop3 := iter.Pull(seq)
	stop3()
	fmt.Println(next3())

	k, v, ok2 := func() (string, int, bool) {
		n, s := iter.Pull2(slices.All([]string{"x", "y"}))
		defer s()
		n()
		i, x, ok := n()
		return x, i, ok
	}()
	fmt.Println(k, v, ok2)

	boom := func(yield func(int) bool) {
		yield(1)
		panic("iterator failed")
	}
	next4, stop4 := iter.Pull(boom)
	defer stop4()
	fmt.Println(next4())
	defer func() { fmt.Println("recovered:", recover()) }()
	next4()
}
