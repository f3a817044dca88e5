package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	for i := 0; i < 10; i++ {
		s = append(s, i)
		fmt.Println(len(s), cap(s))
	}
	t := s[2:5]
	t[0] = 100
	fmt.Println(s, t, len(t), cap(t))
	u := s[2:4:6]
	fmt.Println(u, len(u), cap(u))
	u = append(u, 7, 8, 9)
	fmt.Println(s, u)
	c := make([]int, 3, 10)
	n := copy(c, s)
	fmt.Println(n, c)
	m := make([]string, 2)
	m[1] = "x"
	fmt.Printf("%q\n", m)
	grid := [][]int{{1, 2}, {3, 4, 5}}
	fmt.Println(grid, len(grid[1]))
	s2 := append([]int(nil), s[:3]...)
	fmt.Println(s2)
}
