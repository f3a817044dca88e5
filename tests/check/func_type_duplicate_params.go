package main

func f(i, i int) {}

func g(i int) (i int) { return }

var T1 func(a, a int)

type I interface{ M(b int) (b int) }

func main() {
	h := func(c, c int) {}
	_ = h
}
