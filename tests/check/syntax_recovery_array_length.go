package main

func main() {
	a := [...]int{1, 2, 3}
	b := [..]int{1}
	c := func() int { return 1 }()
	println(a, b, c)
}}
