package main

type S struct {
	A int
	B string;;
}

func (s S) M( {
}

func main() {
	s := S{A: 1, B: "x"}
	s.M()
}
