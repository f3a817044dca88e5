package main

type T struct {
	x int
	(int)
	*(string)
}

type P struct{ a, b int }

var var y int

func main() {
	p := (P){1, 2}
	q := ([]int){1}
	r := (map[string]int){}
	s := (struct{ n int }){3}
	println(p.a, q, r, s.n)
}
