package main

import "fmt"

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	b[0] = 20
	fmt.Println(a, b, len(b), cap(b))
	b = append(b, 30)
	fmt.Println(a, b)
	c := a[1:2:2]
	c = append(c, 99)
	fmt.Println(a, c)
	d := make([]int, 2, 10)
	e := append(d, 1)
	f := append(d, 2)
	fmt.Println(e, f)
	n := copy(a, []int{7, 8})
	fmt.Println(n, a)
	n = copy(a[1:], a)
	fmt.Println(n, a)
	bs := make([]byte, 3)
	n = copy(bs, "hello")
	fmt.Println(n, string(bs))
	var nilS []int
	fmt.Println(nilS == nil, len(nilS), cap(nilS), nilS[:0] == nil)
	arr := [4]int{1, 2, 3, 4}
	s := arr[:]
	s[3] = 40
	fmt.Println(arr)
	p := &arr
	p[0] = 10
	fmt.Println(arr, len(p))
	for i, v := range p {
		fmt.Print(i, v, ";")
	}
	fmt.Println()
	clear(s)
	fmt.Println(arr)
}
