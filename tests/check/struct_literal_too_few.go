package main

type P struct{ X, Y int }

func main() {
	p := P{1}
	_ = p
}
