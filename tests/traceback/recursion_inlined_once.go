// A panic in recursive functions (one calling itself once, a method, mutual
// recursion), some of whose frames gc inlines: every frame, inlined or not,
// is in the traceback as Go prints it. (Which are inlined shows only in the
// +0x offsets the comparison masks.)
package main

import (
	"fmt"
	"os"
)

type list struct {
	next *list
	v    int
}

// one call of itself: gc inlines it into its callers and, once, into
// itself; the copy inlined into a caller keeps its call of itself
func (l *list) sum() int {
	if l == nil {
		return 0
	}
	return l.v + l.next.sum()
}

func depth(n int) int {
	if n == 0 {
		var arr []int
		return arr[n+1]
	}
	return depth(n-1) + 1
}

// mutual recursion
func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		panic(fmt.Sprint("odd reached zero"))
	}
	return even(n - 1)
}

func main() {
	l := &list{v: 1, next: &list{v: 2}}
	fmt.Println(l.sum())
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		fmt.Println(even(4))
		if len(os.Args) > 1 {
			fmt.Println(depth(5))
		}
		fmt.Println(depth(4))
	}()
	fmt.Println(even(5))
}
