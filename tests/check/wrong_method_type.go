package main

type Namer interface{ Name() string }

type U struct{}

func (U) Name() int { return 0 }

func main() {
	var n Namer = U{}
	_ = n
}
