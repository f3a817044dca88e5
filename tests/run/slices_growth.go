package main

import "fmt"

func main() {
	var s []int
	prev := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Print(cap(s), " ")
			prev = cap(s)
		}
	}
	fmt.Println()
	var b []byte
	prev = -1
	for i := 0; i < 5000; i++ {
		b = append(b, 'x')
		if cap(b) != prev {
			fmt.Print(cap(b), " ")
			prev = cap(b)
		}
	}
	fmt.Println()
	type big struct{ a, b, c, d, e int64 }
	var bs []big
	prev = -1
	for i := 0; i < 300; i++ {
		bs = append(bs, big{})
		if cap(bs) != prev {
			fmt.Print(cap(bs), " ")
			prev = cap(bs)
		}
	}
	fmt.Println()
	x := append([]int{1, 2, 3}, 4, 5, 6, 7)
	fmt.Println(len(x), cap(x))
	y := append([]string(nil), "a")
	fmt.Println(len(y), cap(y))
}
