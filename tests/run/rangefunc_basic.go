package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  (stopped at", i, ")")
				return
			}
		}
	}
}

func Pairs[K comparable, V any](ks []K, vs []V) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for i := range ks {
			if !yield(ks[i], vs[i]) {
				return
			}
		}
	}
}

func find(xs []string, want string) (int, bool) {
	for i, x := range slices.All(xs) {
		if x == want {
			return i, true
		}
	}
	return -1, false
}

func named() (total int) {
	for x := range Count(10) {
		total += x
		if total > 10 {
			return
		}
	}
	return -1
}

func main() {
	sum := 0
	for x := range Count(5) {
		sum += x
	}
	fmt.Println("sum", sum)
	for x := range Count(100) {
		if x == 3 {
			break
		}
		if x%2 == 0 {
			continue
		}
		fmt.Println("odd", x)
	}
	fmt.Println(find([]string{"a", "b", "c"}, "c"))
	fmt.Println(find([]string{"a"}, "z"))
	fmt.Println(named())
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Print(k, " ")
	}
	fmt.Println()
	for k, v := range Pairs([]string{"a", "b"}, []int{1, 2}) {
		fmt.Println(k, v)
	}
outer:
	for i := range 3 {
		for x := range Count(10) {
			if x == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, x)
		}
	}
	var k string
	var v int
	for k, v = range Pairs([]string{"q"}, []int{9}) {
	}
	fmt.Println(k, v)
	n := 0
	for range Count(4) {
		n++
	}
	fmt.Println(n)
	for i, x := range slices.Backward([]int{7, 8, 9}) {
		fmt.Print(i, ":", x, " ")
	}
	fmt.Println()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bad := func(yield func(int) bool) {
			yield(1)
			yield(2)
		}
		for x := range bad {
			fmt.Println("got", x)
			break
		}
	}()
}
