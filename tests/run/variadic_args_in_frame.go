package main

import (
	"fmt"
	"os"
	"strings"
)

// The slice packed for a variadic parameter that does not leak lives in the
// caller's frame (gc: its stack; minigo: its side stack), as for
// fmt.Println(x, y). Callees that keep the slice, a subslice of it, or what an
// element points to must still see heap memory, after the caller's frame is
// gone and other calls have reused it.

type T struct{ v int }

func (t *T) String() string { return fmt.Sprint("T", t.v) }

var (
	saved   []int
	sub     []string
	firstP  *T
	results []string
)

func sum(a ...int) int {
	s := 0
	for _, x := range a {
		s += x
	}
	return s + len(a)*0 + cap(a)*0
}

func keep(a ...int) int { saved = a; return len(a) }

func keepTail(a ...string) { sub = a[1:] }

func keepFirst(ps ...*T) { firstP = ps[0] }

func passOn(a ...int) int { return sum(a...) + keep(a...) }

func deep(n int, a ...int) int {
	if n == 0 {
		return sum(a...)
	}
	var pad [32]int
	pad[n%32] = n
	return deep(n-1, a...) + pad[n%32] - n
}

type acc struct{ parts []string }

func (c *acc) add(ps ...string) { c.parts = append(c.parts, strings.Join(ps, "+")) }

func frame(i int) string {
	x := T{i}
	keepFirst(&x, &T{-1})
	keep(i, i+1, i+2)
	keepTail("a", fmt.Sprint(i), "c")
	var c acc
	for j := 0; j < 3; j++ {
		c.add(fmt.Sprint(j), fmt.Sprint(i*j))
	}
	return fmt.Sprint(sum(i, 2*i, 3*i), deep(200, i, i), strings.Join(c.parts, " "))
}

func main() {
	fmt.Println(frame(1), saved, sub, firstP)
	s1, p1 := saved, firstP
	fmt.Println(frame(5), saved, sub, firstP, s1, p1)
	fmt.Println(passOn(4, 5, 6), saved)
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func(i int) {
			defer fmt.Sprint(i, "deferred")
			results = append(results[:0:0], frame(10+i))
			done <- true
		}(i)
		<-done
	}
	fmt.Println(results, saved)
	defer fmt.Println("deferred", sum(7, 8), firstP)
	go keep(100, 200)
	fmt.Fprintln(os.Stdout, "args", 1, "two", 3.0, []int{4}, &T{5}, nil)
	fmt.Printf("%d %s %v %q\n", 1, "x", T{2}, []string{"y"})
	fmt.Println(fmt.Sprintf("%d%%", 50), fmt.Sprintf("%v %v", 1), fmt.Sprintf("%d", 1, 2))
}
