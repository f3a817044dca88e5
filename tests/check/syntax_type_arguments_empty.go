package main

type List[T any] struct{}

func main() {
	var l List[]
	_ = l
}
