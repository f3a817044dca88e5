package main

type I interface {
	M() int
	N(x int
}

type S struct {
	a int `tag
}

func main() {}
