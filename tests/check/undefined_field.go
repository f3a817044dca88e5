package main

type P struct{ X, Y int }

func main() {
	p := P{}
	_ = p.Z
}
