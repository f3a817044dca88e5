package main

import "fmt"

type I interface {
	fmt.Stringer
	M()
}

func F[T interface {
	~int | ~string
	M()
}](x T) {
	_ = x[0]
}

func main() {
	var x interface {
		fmt.Stringer
		M()
	} = 1
	_ = x
}
