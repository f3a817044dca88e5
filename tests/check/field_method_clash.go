package main

type E struct{}

type T struct {
	a, b int
	a    string
	E
}

func (T) b()  {}
func (*T) E() {}

func main() {
	var x T
	_ = x.a + 1
	x.b()
	x.E()
}
