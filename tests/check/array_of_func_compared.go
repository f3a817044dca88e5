package main

type F [2]func()

func main() {
	var a [1]func()
	var b [0]map[int]int
	var f F
	_ = a == a
	_ = b != b
	_ = f == f
}
