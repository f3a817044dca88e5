package main

import (
	"fmt"
	"strings"
)

func main() {
	s := strings.Repeat("ab", 3)
	b := []byte(s)
	fmt.Println(len(b), cap(b))
	r := []rune(s)
	fmt.Println(len(r), cap(r))
	long := strings.Repeat("x", 40)
	lb := []byte(long)
	fmt.Println(len(lb), cap(lb))
	var a []int
	for i := 0; i < 5; i++ {
		a = append(a, i)
		fmt.Println(len(a), cap(a))
	}
	t := 0
	for _, x := range a {
		t += x
	}
	fmt.Println(t)
	var w []string
	for i := 0; i < 5; i++ {
		w = append(w, "x")
	}
	fmt.Println(len(w), cap(w))
	type pair struct{ a, b int64 }
	var ps []pair
	for i := 0; i < 4; i++ {
		ps = append(ps, pair{})
		fmt.Print(cap(ps), " ")
	}
	fmt.Println()
	m := make([]byte, 0, 3)
	m = append(m, "hello"...)
	fmt.Println(len(m), cap(m))
	var e []int
	e = append(e, []int{1, 2}...)
	fmt.Println(len(e), cap(e))
}
