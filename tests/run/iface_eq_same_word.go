// Interface comparison when both sides hold the very same data word: still
// false for a NaN, still a panic for an uncomparable dynamic type, true for a
// pointer or a channel.
package main

import (
	"fmt"
	"math"
)

type box struct{ s []int }

func same(x any) bool { return x == x }

func main() {
	n := any(math.NaN())
	fmt.Println(same(n), n == n, same(1.5), same("s"))
	p := &box{}
	c := make(chan int)
	fmt.Println(same(p), same(c), same(nil), same([2]float64{1, math.NaN()}))
	var e error = fmt.Errorf("x")
	fmt.Println(e == e)
	for _, v := range []any{box{}, map[int]int{}, func() {}, []int{}} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			fmt.Println(same(v))
		}()
	}
}
