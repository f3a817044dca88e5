package main

import "fmt"

func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func buildCap(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
		print(cap(s), " ")
	}
	println()
	return s
}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	for _, n := range []int{1, 2, 3, 4, 5, 9} {
		s := build(n)
		fmt.Println(n, len(s), cap(s))
	}
	fmt.Println(cap(buildCap(6)))
	var a []int
	for i := 0; i < 6; i++ {
		a = append(a, i)
		fmt.Println(len(a), cap(a))
	}
	b := []byte("hi")
	fmt.Println(len(b), cap(b))
	b = append(b, '!')
	fmt.Println(string(b), cap(b))
	r := []rune("héllo")
	fmt.Println(len(r), cap(r))
	var strs []string
	strs = append(strs, "a", "b", "c")
	fmt.Println(len(strs), cap(strs))
	c := make([]int, 0)
	c = append(c, 1)
	fmt.Println(len(c), cap(c))
	d := []int{}
	for i := 0; i < 3; i++ {
		d = append(d, i)
	}
	fmt.Println(len(d), cap(d), sum(d))
	e := append([]int(nil), 1, 2, 3, 4, 5)
	fmt.Println(len(e), cap(e))
	var f []int
	f = append(f, 1)
	fmt.Println(f, len(f), cap(f))
}
